namespace Placements.Domain;

/// <summary>Whether a placement change also changes the carers (RNE P/B) or keeps them (RNE T/U).</summary>
public enum Carers
{
    New,
    Same,
}
