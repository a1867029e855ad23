using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Alerts;

/// <summary>
/// PEPs on the Virtual School worklist (docs/virtual-school.md §9.9): one <c>pep-due</c> alert per PEP and due date,
/// one <c>pep-overdue</c> alert per PEP, keyed by its id, and one <c>pep-returned</c> per return, keyed by the PEP and the
/// version the return made (call it after recording the return). The PEP sweep settles them when the PEP moves on.
/// </summary>
public static class PepAlerts
{
    public static NewAlert Due(PepRow pep, DateOnly today) =>
        new(pep.PupilId, AttendanceAlertRow.PepDue, today, $"{pep.Id:N}/{pep.DueOn:yyyy-MM-dd}", null,
            $"{pep.Kind} PEP due {pep.DueOn:yyyy-MM-dd}: {pep.Status}");

    public static NewAlert Overdue(PepRow pep, DateOnly today) =>
        new(pep.PupilId, AttendanceAlertRow.PepOverdue, today, $"{pep.Id:N}", null,
            $"{pep.Kind} PEP due {pep.DueOn:yyyy-MM-dd} is overdue: not completed");

    public static NewAlert Returned(PepRow pep, string reason) =>
        new(pep.PupilId, AttendanceAlertRow.PepReturned, DateOnly.FromDateTime(pep.ReturnedAt!.Value.UtcDateTime), $"{pep.Id:N}/{pep.Version}", null,
            Shorten($"{pep.Kind} PEP returned: {reason}"));

    private static string Shorten(string detail) => detail.Length <= 300 ? detail : string.Concat(detail.AsSpan(0, 299), "…");
}
