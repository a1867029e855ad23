using System.Globalization;
using CorporateParenting.Calendar;

namespace Placements.Domain;

/// <summary>
/// Unaccompanied asylum-seeking child status: the day it began and the day it ceased (DUC in the SSDA903 UASC
/// table), commonly the 18th birthday.
/// </summary>
public static class UascStatus
{
    public static void Check(DateOnly dateOfBirth, DateOnly? since, DateOnly? ceasedOn)
    {
        if (since is { } began && began < dateOfBirth)
        {
            throw new CareRuleViolation($"UASC status cannot begin on {Show(began)}, before the child was born on {Show(dateOfBirth)}.");
        }

        if (ceasedOn is not { } ceased)
        {
            return;
        }

        // Rule 205C: a date UASC status ceased belongs only to a child recorded as UASC.
        if (since is not { } start)
        {
            throw new CareRuleViolation(
                $"UASC status cannot have ceased on {Show(ceased)}: the child is not recorded as UASC; give the day the status began as well (rule 205C).");
        }

        if (ceased < start)
        {
            throw new CareRuleViolation($"UASC status cannot cease on {Show(ceased)}, before it began on {Show(start)}.");
        }

        // Rule 304: DUC is on or before the 18th birthday (a 29 February birthday falls on 28 February, as DfE counts it).
        var eighteenth = Birthdays.Nth(dateOfBirth, 18);
        if (ceased > eighteenth)
        {
            throw new CareRuleViolation(
                $"UASC status ceases on or before the 18th birthday, {Show(eighteenth)}; {Show(ceased)} is after it (rule 304).");
        }
    }

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
