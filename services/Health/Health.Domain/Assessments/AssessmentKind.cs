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

    /// <summary>
    /// The health history of a child whose care began before Health learnt of it (a caseload taken on at go-live), to be
    /// recorded instead of an Initial Health Assessment whose deadline passed before then (docs/health.md §8).
    /// </summary>
    HistoryToRecord,
}
