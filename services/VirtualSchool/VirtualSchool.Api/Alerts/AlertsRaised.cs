namespace VirtualSchool.Api.Alerts;

/// <summary>How many alerts a file's marks newly raised, by kind.</summary>
public sealed record AlertsRaised(int UnauthorisedAbsences, int PersistentAbsences, int SevereAbsences)
{
    public int Total => UnauthorisedAbsences + PersistentAbsences + SevereAbsences;
}
