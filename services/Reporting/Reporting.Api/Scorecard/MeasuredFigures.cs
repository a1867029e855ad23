using CorporateParenting.CodeLists;
using Reporting.Domain.Scorecard;
using HealthV1 = CorporateParenting.Health.V1;
using LeavingCareV1 = CorporateParenting.LeavingCare.V1;
using NotificationsV1 = CorporateParenting.Notifications.V1;
using PlacementsV1 = CorporateParenting.Placements.V1;
using VirtualSchoolV1 = CorporateParenting.VirtualSchool.V1;

namespace Reporting.Api.Scorecard;

/// <summary>Each service's aggregate read as the scorecard's raw figures, by the keys of <see cref="ScorecardMeasures"/>.</summary>
public static class MeasuredFigures
{
    private static readonly (PlacementGroup Group, string Key)[] PlacementGroupKeys =
    [
        (PlacementGroup.Foster, "placed_in_foster_care"),
        (PlacementGroup.ChildrensHome, "placed_in_childrens_homes"),
        (PlacementGroup.SupportedAccommodation, "placed_in_supported_accommodation"),
        (PlacementGroup.WithParents, "placed_with_parents"),
        (PlacementGroup.PlacedForAdoption, "placed_for_adoption"),
        (PlacementGroup.Other, "placed_in_other_types"),
    ];

    public static Dictionary<string, Measured> From(PlacementsV1.Measures m)
    {
        var figures = new Dictionary<string, Measured>
        {
            ["looked_after"] = new Count(m.LookedAfter),
            ["rate_per_10000"] = new PerTenThousand(m.RatePer10000, m.LookedAfter),
            ["entries"] = new Count(m.Entries),
            ["exits"] = new Count(m.Exits),
            ["placed_outside_our_area"] = Of(m.PlacedOutsideOurArea),
            ["three_or_more_placements"] = Of(m.ThreeOrMorePlacements),
            ["long_term_stability"] = Of(m.LongTermStability),
            ["three_or_more_social_workers"] = Of(m.ThreeOrMoreSocialWorkers),
        };
        foreach (var (group, key) in PlacementGroupKeys)
        {
            figures[key] = new Share(m.PlacementTypes.Where(t => PlacementGroups.Of(t.Key) == group).Sum(t => t.Value), m.LookedAfter);
        }
        return figures;
    }

    public static Dictionary<string, Measured> From(HealthV1.HealthMeasures m) => new()
    {
        ["initial_health_assessments_on_time"] = Of(m.InitialAssessmentsOnTime),
        ["review_health_assessments_on_time"] = Of(m.ReviewAssessmentsOnTime),
        ["health_assessments"] = Of(m.HealthAssessments),
        ["teeth_checks"] = Of(m.TeethChecks),
        ["immunisations_up_to_date"] = Of(m.ImmunisationsUpToDate),
        ["sdq_returned"] = Of(m.SdqReturned),
        ["average_sdq_score"] = new Average(
            decimal.TryParse(m.AverageSdqScore, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var score) ? score : null,
            m.SdqReturned?.Numerator ?? 0),
        ["convicted"] = Of(m.Convicted),
        ["substance_misuse"] = Of(m.SubstanceMisuse),
    };

    public static Dictionary<string, Measured> From(LeavingCareV1.Measures m)
    {
        var figures = new Dictionary<string, Measured>();
        foreach (var group in m.AgeGroups.Where(g => ScorecardMeasures.CareLeaverAges.Contains(g.Ages)))
        {
            figures[ScorecardMeasures.CareLeaverKey(group.Ages, "in_touch")] = Of(group.InTouch);
            if (group.SuitableAccommodation is { } accommodation)
            {
                figures[ScorecardMeasures.CareLeaverKey(group.Ages, "suitable_accommodation")] = Of(accommodation);
            }
            if (group.InEducationEmploymentOrTraining is { } activity)
            {
                figures[ScorecardMeasures.CareLeaverKey(group.Ages, "in_education_employment_or_training")] = Of(activity);
            }
        }
        return figures;
    }

    public static Dictionary<string, Measured> From(VirtualSchoolV1.Measures m)
    {
        var figures = new Dictionary<string, Measured>
        {
            ["peps_on_time"] = Of(m.Peps?.OnTime),
            ["persistently_absent"] = Of(m.Cohort?.PersistentlyAbsent),
            ["severely_absent"] = Of(m.Cohort?.SeverelyAbsent),
            ["suspended_pupils"] = new Count(m.Cohort?.SuspendedPupils ?? 0),
            ["permanently_excluded_pupils"] = new Count(m.Cohort?.PermanentlyExcludedPupils ?? 0),
        };
        if (m.PupilPremiumPlus is { } grant)
        {
            figures["pupil_premium_plus_spent"] = new Spent(grant.PaidPence + grant.RetainedSpentPence, grant.GrantPence, grant.EligiblePupils);
        }
        return figures;
    }

    public static Dictionary<string, Measured> From(VirtualSchoolV1.MonthlyMeasures m) => new()
    {
        ["peps_on_time"] = Of(m.PepsOnTime),
        ["persistently_absent"] = Of(m.PersistentlyAbsent),
        ["suspended_pupils"] = new Count(m.SuspendedPupils),
        ["permanently_excluded_pupils"] = new Count(m.PermanentlyExcludedPupils),
    };

    public static Dictionary<string, Measured> From(NotificationsV1.Measures m) => new()
    {
        ["notifications_received_late"] = Of(m.InboundLate),
        ["notices_sent_on_time"] = Of(m.AllNotices?.OnTime),
    };

    public static Dictionary<string, Measured> From(NotificationsV1.MonthlyMeasures m) => new()
    {
        ["notifications_received_late"] = Of(m.InboundLate),
        ["notices_sent_on_time"] = Of(m.NoticesSentOnTime),
    };

    private static Share Of(PlacementsV1.Proportion? p) => new(p?.Numerator ?? 0, p?.Denominator ?? 0);

    private static Share Of(HealthV1.Proportion? p) => new(p?.Numerator ?? 0, p?.Denominator ?? 0);

    private static Share Of(LeavingCareV1.Proportion? p) => new(p?.Numerator ?? 0, p?.Denominator ?? 0);

    private static Share Of(VirtualSchoolV1.Proportion? p) => new(p?.Numerator ?? 0, p?.Denominator ?? 0);

    private static Share Of(NotificationsV1.Proportion? p) => new(p?.Numerator ?? 0, p?.Denominator ?? 0);
}
