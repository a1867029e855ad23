namespace Placements.Domain;

/// <summary>SSDA903 REC: why an episode ended (docs/ssda903.md §2).</summary>
public static class ReasonEpisodeCeased
{
    /// <summary>The episode ends and the next starts the same day, inside one period of care.</summary>
    public const string NewEpisodeSameDay = "X1";

    public const string TransferredToAdultSocialCare = "E7";
    public const string StayedWithCarersAged18 = "E17";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48",
        "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17",
    };
}
