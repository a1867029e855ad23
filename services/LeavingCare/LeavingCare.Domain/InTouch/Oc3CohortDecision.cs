using CorporateParenting.Reporting;
namespace LeavingCare.Domain.InTouch;

/// <summary>
/// Whether a young person gets a care leaver record in a collection year (docs/leaving-care.md §7.3): the birthday that
/// falls in the year and the age it brings, the part of the return that age belongs to, and, when there is no record, the
/// rule that says so.
/// </summary>
public sealed record Oc3CohortDecision(CollectionYear Year, DateOnly Birthday, int Age, Oc3Collection Collection, Oc3Finding? ExcludedBy)
{
    public bool IsReported => ExcludedBy is null;
}
