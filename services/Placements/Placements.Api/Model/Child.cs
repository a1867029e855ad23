namespace Placements.Api.Model;

/// <summary>A child we look after, or have looked after. <see cref="Id"/> is the ChildId used across the platform.</summary>
public sealed class Child
{
    public Guid Id { get; init; }
    public required string CaseReference { get; init; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string Sex { get; set; }
    public string? Upn { get; set; }
    public string? NhsNumber { get; set; }
    public string? Ethnicity { get; set; }
    public string? HomePostcode { get; set; }

    /// <summary>Unaccompanied asylum-seeking child since this date; null if not UASC.</summary>
    public DateOnly? UascSince { get; set; }

    /// <summary>The day UASC status ceased (SSDA903 DUC), on or before the 18th birthday; null while it holds.</summary>
    public DateOnly? UascCeasedOn { get; set; }
    public List<PeriodOfCare> PeriodsOfCare { get; init; } = [];
    public List<SocialWorkerAllocationRecord> SocialWorkerAllocations { get; init; } = [];
    public List<CorrectionRecord> Corrections { get; init; } = [];
}
