using System.Globalization;
using CorporateParenting.VirtualSchool.V1;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.Api.Grpc;

/// <summary>Attendance as virtualschool.v1 messages.</summary>
public static class AttendanceMessages
{
    public static AttendanceSummary Of(PupilAttendanceSummary summary) => new()
    {
        PupilId = summary.PupilId.ToString(),
        Period = GetAttendanceSummaryQuery.PeriodNames.Single(p => p.Value == summary.Period.Kind).Key,
        From = summary.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        To = summary.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PossibleSessions = summary.Sessions.Possible,
        PresentSessions = summary.Sessions.Present,
        AuthorisedAbsenceSessions = summary.Sessions.Authorised,
        UnauthorisedAbsenceSessions = summary.Sessions.Unauthorised,
        AttendancePercent = Percent(summary.Sessions.AttendanceRate) ?? string.Empty,
        AbsenceBand = BandName(summary.Sessions.Band),
        SuspensionDays = summary.Suspensions?.Days.ToString("0.#", CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>A rate as a percentage to one decimal place, halves away from zero ("93.4"); null for no rate.</summary>
    public static string? Percent(decimal? rate) => Percentages.OneDecimal(rate)?.ToString("0.0", CultureInfo.InvariantCulture);

    public static string BandName(AbsenceBand band) => band switch
    {
        AbsenceBand.Persistent => "PERSISTENT",
        AbsenceBand.Severe => "SEVERE",
        _ => "NONE",
    };
}
