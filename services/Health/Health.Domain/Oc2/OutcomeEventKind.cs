namespace Health.Domain;

/// <summary>
/// What happened to a child, on a day, that the SSDA903 OC2 table asks about and no assessment or check records
/// (docs/health.md §5.1).
/// </summary>
public enum OutcomeEventKind
{
    /// <summary>The child was identified as having a substance misuse problem (OC2 <c>SUBSTANCE_MISUSE</c>).</summary>
    SubstanceMisuseIdentified,

    /// <summary>The child received an intervention for the problem (OC2 <c>INTERVENTION_RECEIVED</c>).</summary>
    InterventionReceived,

    /// <summary>The child was offered an intervention for the problem and refused it (OC2 <c>INTERVENTION_OFFERED</c>).</summary>
    InterventionRefused,

    /// <summary>Convicted of an offence (OC2 <c>CONVICTED</c>).</summary>
    Conviction,

    /// <summary>Given a youth caution (OC2 <c>CONVICTED</c>).</summary>
    YouthCaution,

    /// <summary>Given a youth conditional caution (OC2 <c>CONVICTED</c>).</summary>
    YouthConditionalCaution,

    /// <summary>The year's SDQ will not be returned, for a reason (OC2 <c>SDQ_REASON</c>).</summary>
    NoSdq,
}
