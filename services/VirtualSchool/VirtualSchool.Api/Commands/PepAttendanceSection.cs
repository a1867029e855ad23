using System.Globalization;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// The PEP's attendance section as the service writes it from the marks it holds (docs/virtual-school.md §9.6, §9.9):
/// the school year to date's sessions, attendance and absences, and the suspension days against the 45-day limit.
/// Written whenever a PEP is saved with the section blank; what staff write themselves is kept.
/// </summary>
public sealed class PepAttendanceSection(GetAttendanceSummaryHandler summaries)
{
    public const string Opening = "From the marks the Virtual School holds";

    public async Task<string?> WriteAsync(Guid pupilId, DateOnly today, CancellationToken ct)
    {
        PupilAttendanceSummary? summary;
        try
        {
            summary = await summaries.HandleAsync(pupilId, MeasurePeriodKind.SchoolYearToDate, today, ct);
        }
        catch (VirtualSchoolRuleViolation)
        {
            // No term dates cover today: nothing to say, and staff can write it.
            return null;
        }

        if (summary is null)
        {
            return null;
        }

        var period = summary.Period;
        var heading = $"{Opening} for {period.Name} ({Day(period.From)} to {Day(period.To)})";
        var s = summary.Sessions;
        var sessions = s.Possible == 0
            ? $"{heading}: no sessions are recorded yet."
            : $"{heading}: {s.Possible} possible sessions, {s.Present} attended "
              + $"({(s.AttendanceRate ?? 0m) * 100m:0.0}%), {s.Authorised} authorised and {s.Unauthorised} unauthorised absences.";
        return summary.Suspensions is { } suspensions
            ? $"{sessions} Suspension days this school year: {suspensions.Days.ToString("0.#", CultureInfo.InvariantCulture)} of 45."
            : sessions;
    }

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
