namespace Placements.Domain;

/// <summary>
/// A time the child was missing from placement (M) or away from it without authorisation (A): the SSDA903 Missing
/// table's MISSING, MIS_START and MIS_END. Open while <see cref="End"/> is null.
/// </summary>
public sealed record MissingEpisode(string Kind, DateOnly Start, DateOnly? End)
{
    public const string Missing = "M";
    public const string AwayWithoutAuthorisation = "A";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string> { Missing, AwayWithoutAuthorisation };
}
