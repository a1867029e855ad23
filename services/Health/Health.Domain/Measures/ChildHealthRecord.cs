namespace Health.Domain;

/// <summary>One child, flat, as the OC2 health measures read it. Lists may be in any order.</summary>
public sealed record ChildHealthRecord(DateOnly DateOfBirth, IReadOnlyList<CarePeriod> PeriodsOfCare)
{
    public IReadOnlyList<AssessmentRecord> Assessments { get; init; } = [];

    /// <summary>Days the child's teeth were checked by a dentist.</summary>
    public IReadOnlyList<DateOnly> DentalChecks { get; init; } = [];

    public IReadOnlyList<ImmunisationStatus> Immunisations { get; init; } = [];

    /// <summary>Health surveillance / health promotion checks (Healthy Child Programme reviews) of an under-5.</summary>
    public IReadOnlyList<DateOnly> HealthSurveillanceChecks { get; init; } = [];

    public IReadOnlyList<SdqSummary> Sdqs { get; init; } = [];

    /// <summary>Substance misuse, interventions, convictions and cautions, and reasons for no SDQ (docs/health.md §5.1).</summary>
    public IReadOnlyList<OutcomeEvent> OutcomeEvents { get; init; } = [];
}
