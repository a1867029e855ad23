namespace Health.Domain;

public enum AssessmentKind
{
    /// <summary>Initial Health Assessment, due 20 working days after the child became looked after (docs/health.md §2).</summary>
    Initial,

    /// <summary>Review Health Assessment, every 6 or 12 months (docs/health.md §3).</summary>
    Review,

    Dental,
    Optical,
    Hearing,
    Immunisations,

    /// <summary>Health history summary ("health passport") given before the 18th birthday (docs/health.md §6).</summary>
    HealthPassport,
}
