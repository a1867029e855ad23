using CorporateParenting.Reporting;

namespace Health.Domain;

/// <summary>
/// The OC2 cohort test exactly as the DfE validator encodes it (docs/ssda903.md §4.1; csc-validator-be-903
/// <c>add_col_to_episodes_CONTINUOUSLY_LOOKED_AFTER</c>).
/// </summary>
public static class Oc2Cohort
{
    /// <remarks>
    /// Looked after at some time in the year, and none of: a period starting after 1 April and on or before
    /// 31 March; a period ending on or after 1 April and before 31 March; a short-break period overlapping the
    /// year. So a child who entered care on 1 April is in, and, as the validator has it, so is one who left on
    /// 31 March itself.
    /// </remarks>
    public static bool IsContinuouslyLookedAfter(IReadOnlyList<CarePeriod> periodsOfCare, CollectionYear year)
    {
        var first = year.Start;
        var last = year.End;
        bool inCareDuringYear = false;
        for (int i = 0; i < periodsOfCare.Count; i++)
        {
            var period = periodsOfCare[i];
            bool duringYear = period.Start <= last && (period.End is not DateOnly ended || ended >= first);
            bool enteredInYear = period.Start > first && period.Start <= last;
            bool leftInYear = period.End is DateOnly end && end >= first && end < last;
            if (enteredInYear || leftInYear || (duringYear && period.IsShortBreaks))
            {
                return false;
            }

            inCareDuringYear |= duringYear;
        }

        return inCareDuringYear;
    }
}
