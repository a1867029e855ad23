namespace Notifications.Api.Infrastructure;

/// <summary>
/// A partner authority's notice that it has placed one of its looked-after children in our area
/// (CPPCR reg 13; docs/out-of-area.md §6). The child is identified by the placing authority's code
/// and that authority's own reference, never by one of our ChildIds.
/// </summary>
public sealed class InboundNotificationRow
{
    public Guid Id { get; init; }

    /// <summary>Taken from the caller's token, never from the request body.</summary>
    public required string PlacingAuthorityCode { get; init; }

    public required string PartnerReference { get; init; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string Sex { get; set; }
    public required string LegalStatus { get; set; }
    public required string PlacementType { get; set; }
    public required string PlacementPostcode { get; set; }
    public DateOnly PlacementStartOn { get; set; }
    public bool IsEmergency { get; set; }

    /// <summary>The child's most recent health assessment and whether the placing authority asks our health team for the reviews.</summary>
    public DateOnly? LastHealthAssessmentOn { get; set; }
    public bool ReviewHealthAssessmentsRequested { get; set; }

    /// <summary><c>placed</c>, <c>ended</c> (the partner told us the placement ended on <see cref="EndedOn"/>) or <c>withdrawn</c> (it never started).</summary>
    public string State { get; set; } = Placed;
    public DateOnly? EndedOn { get; set; }
    public string? WithdrawnBecause { get; set; }

    public const string Placed = "placed";
    public const string Ended = "ended";
    public const string Withdrawn = "withdrawn";

    /// <summary>The day the first notice reached us; lateness is judged on it.</summary>
    public DateOnly ReceivedOn { get; init; }

    public bool IsLate { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
