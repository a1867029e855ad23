namespace Health.Domain;

/// <summary>One dated fact behind the OC2 table; the year's values are derived from these (<see cref="Oc2Row"/>).</summary>
/// <param name="SdqReason">Given exactly when the event is <see cref="OutcomeEventKind.NoSdq"/>.</param>
public sealed record OutcomeEvent(OutcomeEventKind Kind, DateOnly On, SdqReason? SdqReason = null)
{
    public SdqReason? SdqReason { get; } = (Kind == OutcomeEventKind.NoSdq) == SdqReason.HasValue
        ? SdqReason
        : throw new ArgumentException("A reason is given exactly when no SDQ is recorded.", nameof(SdqReason));

    public bool IsOffence => Kind is OutcomeEventKind.Conviction or OutcomeEventKind.YouthCaution or OutcomeEventKind.YouthConditionalCaution;

    public bool IsIntervention => Kind is OutcomeEventKind.InterventionReceived or OutcomeEventKind.InterventionRefused;
}
