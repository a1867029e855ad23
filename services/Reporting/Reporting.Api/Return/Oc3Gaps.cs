using Reporting.Domain;

namespace Reporting.Api.Return;

/// <summary>
/// Leaving Care's OC3 rows say in words what is still missing (docs/leaving-care.md §7.3); each becomes a finding on the
/// field it leaves blank.
/// </summary>
public static class Oc3Gaps
{
    public const string Rule = "OC3-incomplete";

    public static ReturnFinding FindingOf(string child, string gap)
    {
        var field = gap.Contains("contact", StringComparison.OrdinalIgnoreCase) ? "IN_TOUCH"
            : gap.Contains("accommodation", StringComparison.OrdinalIgnoreCase) ? "ACCOM"
            : gap.Contains("activity", StringComparison.OrdinalIgnoreCase) ? "ACTIV"
            : "";
        return new ReturnFinding(child, ReturnTables.Oc3, field, Rule, gap);
    }
}
