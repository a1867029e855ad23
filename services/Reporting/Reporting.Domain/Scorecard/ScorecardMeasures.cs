namespace Reporting.Domain.Scorecard;

/// <summary>
/// Every line of the Corporate Parenting Board's scorecard, in the order it is shown (docs/scorecard.md), with the
/// national figures of docs/reference-figures.md.
/// </summary>
public static class ScorecardMeasures
{
    public const string LookedAfter = "Children looked after";
    public const string Stability = "Stability";
    public const string Health = "Health";
    public const string Education = "Education";
    public const string CareLeavers = "Care leavers";
    public const string OutOfArea = "Out-of-area notifications";

    private const string Ees2025 = "EES 2025, children looked after on 31 March 2025";
    private const string Ees2024Placements = "EES 2024, children looked after on 31 March 2024";
    private const string Stability2024 = "DfE stability measures, England 2024";
    private const string Oc2_2024 = "EES 2024, OC2 cohort, year ending 31 March 2024";
    private const string CareLeavers2024 = "EES 2024, care leavers aged 19-21";

    /// <summary>The care leavers' age groups Leaving Care measures, with the national figures of the 19-21 group.</summary>
    public static readonly IReadOnlyList<string> CareLeaverAges = ["17-18", "19-21"];

    public static readonly IReadOnlyList<ScorecardMeasure> All =
    [
        new("looked_after", LookedAfter, "Children looked after", Better.Neither),
        new("rate_per_10000", LookedAfter, "Children looked after per 10,000 children", Better.Neither, 67, Ees2025),
        new("entries", LookedAfter, "Started to be looked after in the period", Better.Neither),
        new("exits", LookedAfter, "Ceased to be looked after in the period", Better.Neither),
        new("placed_in_foster_care", LookedAfter, "In foster care (U1–U6)", Better.Neither, 67, Ees2024Placements),
        new("placed_in_childrens_homes", LookedAfter, "In children's homes (K2)", Better.Neither, 10, Ees2024Placements),
        new("placed_in_supported_accommodation", LookedAfter, "In supported accommodation (K3)", Better.Neither, 7, Ees2024Placements),
        new("placed_with_parents", LookedAfter, "Placed with parents (P1)", Better.Neither, 6, Ees2024Placements),
        new("placed_for_adoption", LookedAfter, "Placed for adoption (A3–A6)", Better.Neither, 2, Ees2024Placements),
        new("placed_in_other_types", LookedAfter, "In other placement types", Better.Neither, 8, Ees2024Placements),
        new("placed_outside_our_area", LookedAfter, "Placed outside our area", Better.Lower),

        new("three_or_more_placements", Stability, "Three or more placements in the 12 months", Better.Lower, 10, Stability2024),
        new("long_term_stability", Stability, "Under 16, looked after 2½ years, in the same placement 2 years", Better.Higher, 68, Stability2024),
        new("three_or_more_social_workers", Stability, "Three or more social workers in the 12 months", Better.Lower),

        new("initial_health_assessments_on_time", Health, "Initial health assessments on time", Better.Higher),
        new("review_health_assessments_on_time", Health, "Review health assessments on time", Better.Higher),
        new("health_assessments", Health, "Annual health assessment up to date", Better.Higher, 89, Oc2_2024),
        new("teeth_checks", Health, "Teeth checked by a dentist", Better.Higher, 79, Oc2_2024),
        new("immunisations_up_to_date", Health, "Immunisations up to date", Better.Higher, 82, Oc2_2024),
        new("sdq_returned", Health, "SDQ completed (ages 5–16)", Better.Higher, 77, Oc2_2024),
        new("average_sdq_score", Health, "Average SDQ score", Better.Lower, 14.7m, Oc2_2024),
        new("convicted", Health, "Convicted or given a youth caution (10 and over)", Better.Lower, 2, Oc2_2024),
        new("substance_misuse", Health, "Substance misuse identified", Better.Lower, 3, Oc2_2024),

        new("peps_on_time", Education, "Personal Education Plans on time", Better.Higher),
        new("pupil_premium_plus_spent", Education, "Pupil Premium Plus spent, of the grant", Better.Higher),
        new("persistently_absent", Education, "Persistently absent (10% or more of sessions)", Better.Lower),
        new("severely_absent", Education, "Severely absent (50% or more of sessions)", Better.Lower),
        new("suspended_pupils", Education, "Pupils suspended", Better.Lower),
        new("permanently_excluded_pupils", Education, "Pupils permanently excluded", Better.Lower),

        new("care_leavers_17_18_in_touch", CareLeavers, "Aged 17–18: in touch", Better.Higher),
        new("care_leavers_17_18_suitable_accommodation", CareLeavers, "Aged 17–18: in suitable accommodation", Better.Higher),
        new("care_leavers_17_18_in_education_employment_or_training", CareLeavers, "Aged 17–18: in education, employment or training", Better.Higher),
        new("care_leavers_19_21_in_touch", CareLeavers, "Aged 19–21: in touch", Better.Higher, 92, CareLeavers2024),
        new("care_leavers_19_21_suitable_accommodation", CareLeavers, "Aged 19–21: in suitable accommodation", Better.Higher, 88, CareLeavers2024),
        new("care_leavers_19_21_in_education_employment_or_training", CareLeavers, "Aged 19–21: in education, employment or training", Better.Higher,
            61, CareLeavers2024 + " (derived: 100% less the 39% NEET)"),

        new("notifications_received_late", OutOfArea, "Placement notices from other authorities received late", Better.Lower),
        new("notices_sent_on_time", OutOfArea, "Our notices to host authorities sent on time", Better.Higher),
    ];

    /// <summary>The key of a care leavers' figure for an age group ("19-21") and what is measured ("in_touch").</summary>
    public static string CareLeaverKey(string ages, string figure) => $"care_leavers_{ages.Replace('-', '_')}_{figure}";
}
