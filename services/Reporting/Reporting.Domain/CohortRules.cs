using Reporting.Domain.Imports;

namespace Reporting.Domain;

/// <summary>
/// Rule 187 on the OC3 table: a child looked after continuously for the 12 months to 31 March is in the OC2 cohort,
/// not a care leaver, so its OC3 row gives no IN_TOUCH, ACTIV or ACCOM (docs/ssda903.md §7.5). The AD1 half of the
/// rule is <see cref="Ad1Rules"/>'.
/// </summary>
public static class CohortRules
{
    public static IEnumerable<ReturnFinding> Oc3OfChildLookedAfterAllYear(string child, ChildEpisodes? episodes)
    {
        if (episodes?.ContinuouslyLookedAfter == true)
        {
            yield return new ReturnFinding(child, ReturnTables.Oc3, "IN_TOUCH", "187",
                "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed: the episodes show the child looked after all year.");
        }
    }
}
