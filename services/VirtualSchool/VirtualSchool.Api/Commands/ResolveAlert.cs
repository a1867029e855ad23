using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Commands;

/// <summary><c>POST /api/virtual-school/worklist/{id}/resolve {note}</c>: a member of staff dealt with an alert.</summary>
public sealed record ResolveAlertCommand(long AlertId, string Note, string ResolvedBy)
{
    public static ResolveAlertCommand From(long alertId, string? note, string resolvedBy)
    {
        var errors = new FieldErrors();
        var text = errors.Required("note", note, maxLength: 500, TextKind.Paragraphs);
        errors.ThrowIfAny();
        return new ResolveAlertCommand(alertId, text, resolvedBy);
    }
}

/// <summary>An alert taken off the worklist, with who resolved it, when, and their note.</summary>
public sealed record ResolvedAlert(long Id, string Kind, Guid PupilId, string Key, DateTimeOffset ResolvedAt, string ResolvedBy, string Note);

/// <summary>
/// Takes the alert off the worklist. An alert already resolved is a conflict: two people dealing with the same alert
/// should know. The alert stays, so it is never raised again for the same pupil, kind and key.
/// </summary>
public sealed class ResolveAlertHandler(VirtualSchoolDbContext db, TimeProvider clock)
{
    public async Task<ResolvedAlert> HandleAsync(ResolveAlertCommand command, CancellationToken cancellationToken)
    {
        var alert = await db.Set<AttendanceAlertRow>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == command.AlertId, cancellationToken)
            ?? throw new NotFoundException("Alert", command.AlertId);
        if (alert.ResolvedAt is { } resolvedAt)
        {
            throw new ConflictException($"Alert {alert.Id} was resolved by {alert.ResolvedBy} at {resolvedAt:yyyy-MM-dd HH:mm} UTC.");
        }

        var now = clock.GetUtcNow();
        var saved = await db.Set<AttendanceAlertRow>()
            .Where(a => a.Id == alert.Id && a.ResolvedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ResolvedAt, now).SetProperty(a => a.ResolvedBy, command.ResolvedBy)
                .SetProperty(a => a.ResolutionNote, command.Note), cancellationToken);
        return saved == 1
            ? new ResolvedAlert(alert.Id, alert.Kind, alert.PupilId, alert.Key, now, command.ResolvedBy, command.Note)
            : throw new ConflictException($"Alert {alert.Id} was resolved by someone else just now.");
    }
}
