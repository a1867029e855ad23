namespace Health.Api.Infrastructure.Rows;

/// <summary>
/// What Health knows of a child from Placements' events (or, for a child placed here by another authority, from its
/// notification), kept so that no rule has to call back: the date of birth for the age rules, and where the child
/// lives now for the team that does the work.
/// </summary>
public sealed class HealthChildRow
{
    public const string InAreaTeam = "in-area";
    public const string OutOfAreaTeam = "out-of-area";
    public const string PlacedHereTeam = "placed-here";
    public static readonly string[] Teams = [InAreaTeam, OutOfAreaTeam, PlacedHereTeam];

    public Guid Id { get; init; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string PlacementAuthorityCode { get; set; }
    public bool IsOutOfArea { get; set; }

    /// <summary>The nursing team whose worklist the child's items are on: ours in area, the out-of-area team otherwise.</summary>
    public required string Team { get; set; }

    /// <summary>
    /// Set for a child another authority looks after and placed in our area: that authority is responsible for the
    /// child, asks for our reviews and pays for them. Null for the children we look after.
    /// </summary>
    public string? PlacingAuthorityCode { get; set; }

    /// <summary>When the newest event applied to these fields happened: an older event arriving late changes nothing.</summary>
    public DateTimeOffset UpdatedFrom { get; set; }

    public List<CarePeriodRow> PeriodsOfCare { get; init; } = [];

    public static string TeamFor(bool isOutOfArea) => isOutOfArea ? OutOfAreaTeam : InAreaTeam;
}
