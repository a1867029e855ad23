using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Commands;

/// <summary>A suspension or permanent exclusion recorded by Virtual School staff (docs/virtual-school.md §5).</summary>
public sealed record RecordExclusionCommand(Guid PupilId, string Kind, DateOnly StartsOn, short StartSession, int Sessions, string? Reason, string? Urn)
{
    /// <summary>Sessions in a school year (190 days of two): no suspension is longer.</summary>
    public const int MaxSessions = 380;

    public sealed record Body(string? Kind, string? StartsOn, string? StartSession, int? Sessions, string? Reason, string? Urn);

    public static RecordExclusionCommand From(Guid pupilId, Body body, DateOnly today)
    {
        var errors = new FieldErrors();
        string kind = errors.OneOf("kind", body.Kind, ExclusionRow.Kinds);
        DateOnly startsOn = errors.RequiredDate("startsOn", body.StartsOn, DateKind.Event, today);
        string? startSession = errors.OptionalOneOf("startSession", body.StartSession, ["AM", "PM"]);
        if (body.Sessions is not { } sessions || sessions < 1 || sessions > MaxSessions)
        {
            errors.Add("sessions", $"is required: from 1 (a lunchtime) to {MaxSessions} sessions, two a school day.");
            sessions = 0;
        }
        string? reason = errors.Optional("reason", body.Reason, maxLength: 500, TextKind.Paragraphs);
        string? urn = errors.Optional("urn", body.Urn, maxLength: 7, TextKind.Reference);
        if (urn is not null && !SchoolDetails.IsUrn(urn))
        {
            errors.Add("urn", "must be a school's URN: 6 or 7 digits.");
        }
        errors.ThrowIfAny();
        return new RecordExclusionCommand(pupilId, kind, startsOn, startSession == "PM" ? (short)1 : (short)0, sessions, reason, urn);
    }
}

/// <summary>Records it through <see cref="ExclusionRecorder"/>, the path the feed takes too, so PupilExcluded is published once.</summary>
public sealed class RecordExclusionHandler(VirtualSchoolDbContext db, ExclusionRecorder recorder, SchoolTermCalendar calendar, TimeProvider clock)
{
    public async Task<ExclusionRow> HandleAsync(RecordExclusionCommand command, string recordedBy, CancellationToken cancellationToken)
    {
        if (!await db.Set<PupilRow>().AnyAsync(p => p.Id == command.PupilId, cancellationToken))
        {
            throw new NotFoundException("Pupil", command.PupilId);
        }
        if (!calendar.Covers(command.StartsOn))
        {
            throw new VirtualSchoolRuleViolation(
                $"No term dates are configured for the school year {SchoolYear.Containing(command.StartsOn).Name}: the school days of an exclusion starting {command.StartsOn:yyyy-MM-dd} cannot be counted.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var exclusion = new ExclusionRow
        {
            Id = Guid.CreateVersion7(), PupilId = command.PupilId, Kind = command.Kind, StartsOn = command.StartsOn,
            StartSession = command.StartSession, Sessions = command.Sessions, Reason = command.Reason, Urn = command.Urn,
            RecordedBy = recordedBy, RecordedAt = clock.GetUtcNow(),
        };
        if (!await recorder.RecordAsync(exclusion, cancellationToken))
        {
            throw new ConflictException(
                $"This pupil already has a {command.Kind} recorded from {command.StartsOn:yyyy-MM-dd} {(command.StartSession == 0 ? "AM" : "PM")}.");
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return exclusion;
    }
}
