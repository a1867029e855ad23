using System.Globalization;

namespace VirtualSchool.Domain.Peps;

/// <summary>
/// A SMART target of a PEP (docs/virtual-school.md §9.6): what is to be achieved, who is responsible, by when, and the
/// Pupil Premium Plus funding requested for it in pounds (0 when none).
/// </summary>
public sealed record SmartTarget(string What, string Who, DateOnly ByWhen, decimal FundingRequested)
{
    /// <summary>
    /// Why this target cannot stand, each naming its field: what and who non-blank, by when not before the meeting,
    /// funding 0 or more in pounds and pence. Empty when it can.
    /// </summary>
    public IReadOnlyList<string> Problems(DateOnly meetingOn)
    {
        List<string> problems = [];
        if (string.IsNullOrWhiteSpace(What))
        {
            problems.Add("'what' is blank: say what the pupil will achieve");
        }

        if (string.IsNullOrWhiteSpace(Who))
        {
            problems.Add("'who' is blank: name who is responsible");
        }

        if (ByWhen < meetingOn)
        {
            problems.Add($"'by when' ({Show.Date(ByWhen)}) is before the meeting ({Show.Date(meetingOn)})");
        }

        if (FundingRequested < 0)
        {
            problems.Add($"'funding requested' ({Show.Number(FundingRequested)}) cannot be negative");
        }
        else if (decimal.Round(FundingRequested, 2) != FundingRequested)
        {
            problems.Add($"'funding requested' ({FundingRequested.ToString(CultureInfo.InvariantCulture)}) is not a sum in pounds and pence");
        }

        return problems;
    }

    /// <summary>Throws one <see cref="VirtualSchoolRuleViolation"/> listing every problem of every target, numbered from 1.</summary>
    public static void Check(IReadOnlyList<SmartTarget> targets, DateOnly meetingOn)
    {
        ArgumentNullException.ThrowIfNull(targets);
        string[] problems = [.. targets.SelectMany((target, i) => target.Problems(meetingOn).Select(p => $"target {i + 1}: {p}"))];
        if (problems.Length > 0)
        {
            throw new VirtualSchoolRuleViolation($"The PEP's targets need correcting: {string.Join("; ", problems)}.");
        }
    }
}
