namespace Health.Domain;

/// <summary>The DfE band of the total difficulties score (convention 5): 0–13, 14–16, 17–40.</summary>
public enum SdqBand
{
    Normal,
    Borderline,
    Concern,
}
