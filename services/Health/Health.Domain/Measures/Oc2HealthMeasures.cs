using CorporateParenting.Reporting;

namespace Health.Domain;

/// <summary>The OC2 health figures for one collection year (docs/health.md §5 and §7.5). Counting choices are on the calculator.</summary>
/// <param name="Cohort">Children looked after continuously for at least 12 months at 31 March (docs/ssda903.md §4.1).</param>
/// <param name="HealthAssessments">Cohort children with a health assessment (IHA or RHA) completed in the year.</param>
/// <param name="TeethChecks">Cohort children whose teeth were checked by a dentist in the year.</param>
/// <param name="ImmunisationsUpToDate">Cohort children whose immunisations were up to date at 31 March.</param>
/// <param name="HealthSurveillance">Cohort children under 5 at 31 March with health surveillance up to date.</param>
/// <param name="InitialAssessmentsOnTime">Periods of care starting in the year whose IHA was completed within 20 working days.</param>
/// <param name="ReviewAssessmentsOnTime">Review health assessments due in the year that were completed by their due date.</param>
/// <param name="SdqReturned">Cohort children aged 4–16 all year (rule 186) with a carer SDQ score from the year.</param>
/// <param name="AverageSdqScore">The mean of those scores to one decimal place; null when there are none.</param>
/// <param name="SdqBands">Those scores by DfE band.</param>
/// <param name="Convicted">Cohort children 10 or over at 31 March convicted or given a youth caution in the year.</param>
/// <param name="SubstanceMisuse">Cohort children identified as having a substance misuse problem in the year.</param>
public sealed record Oc2HealthMeasures(
    int Cohort,
    Proportion HealthAssessments,
    Proportion TeethChecks,
    Proportion ImmunisationsUpToDate,
    Proportion HealthSurveillance,
    Proportion InitialAssessmentsOnTime,
    Proportion ReviewAssessmentsOnTime,
    Proportion SdqReturned,
    decimal? AverageSdqScore,
    SdqBandCounts SdqBands,
    Proportion Convicted,
    Proportion SubstanceMisuse);
