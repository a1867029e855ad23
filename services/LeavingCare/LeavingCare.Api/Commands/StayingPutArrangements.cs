using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain;
using LeavingCare.Domain.StayingPut;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Commands;

/// <summary>POST /api/leaving-care/young-people/{id}/staying-put: the former foster carer, the day it began and a planned end (blank: the 21st birthday).</summary>
public sealed record StartStayingPutRequest(string? Carer, string? StartedOn, string? PlannedEndOn);

/// <summary>PUT /api/leaving-care/young-people/{id}/staying-put/end: the day it ended (not after today) and why.</summary>
public sealed record EndStayingPutRequest(string? EndedOn, string? Reason);

/// <summary>
/// Staying Put arrangements (docs/leaving-care.md §6.1), under the young person's row lock: one begins on a day the
/// rules allow (<see cref="StayingPutRules.ProblemWithStart"/>) when none is open; the open one ends on a day from its
/// start to its 21st-birthday limit, not after today.
/// </summary>
public sealed class StayingPutArrangementsHandler(LeavingCareDbContext db, TimeProvider clock)
{
    public async Task<(StayingPutRow Arrangement, DateOnly DateOfBirth)> StartAsync(Guid youngPersonId, StartStayingPutRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var carer = errors.Required("carer", request.Carer, maxLength: 200);
        var started = errors.RequiredDate("startedOn", request.StartedOn, DateKind.Event, today);
        errors.NotAfterToday("startedOn", started, today, "record the arrangement once it has begun.");
        var plannedEnd = errors.OptionalDate("plannedEndOn", request.PlannedEndOn, DateKind.Event, today);
        if (plannedEnd <= started)
        {
            errors.Add("plannedEndOn", $"must be after startedOn ({started:yyyy-MM-dd}).");
        }
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var person = await YoungPeople.LockIfKnownAsync(db, youngPersonId, ct) ?? throw new NotFoundException("Young person", youngPersonId);
        if (StayingPutRules.ProblemWithStart(CareLeaverStatusEvaluation.HistoryOf(person), started, CareLeaverStatusEvaluation.DeterminationOf(person)) is { } problem)
        {
            throw new LeavingCareRuleViolation($"startedOn {problem}");
        }
        if (plannedEnd > StayingPutRules.LatestEnd(person.DateOfBirth))
        {
            throw new LeavingCareRuleViolation(
                $"plannedEndOn is after the 21st birthday ({StayingPutRules.LatestEnd(person.DateOfBirth):yyyy-MM-dd}): Staying Put lasts up to 21.");
        }
        if (await db.Set<StayingPutRow>().AnyAsync(s => s.YoungPersonId == youngPersonId && s.EndedOn == null, ct))
        {
            throw new ConflictException("A Staying Put arrangement is already open: record its end first.");
        }

        var arrangement = new StayingPutRow
        {
            YoungPersonId = youngPersonId, Carer = carer, StartedOn = started, PlannedEndOn = plannedEnd,
            RecordedBy = PlatformClaims.SubjectOf(caller), RecordedAt = clock.GetUtcNow(),
        };
        db.Add(arrangement);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (arrangement, person.DateOfBirth);
    }

    public async Task<(StayingPutRow Arrangement, DateOnly DateOfBirth)> EndAsync(Guid youngPersonId, EndStayingPutRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var ended = errors.RequiredDate("endedOn", request.EndedOn, DateKind.Event, today);
        errors.NotAfterToday("endedOn", ended, today, "record the end once it has happened, or give a planned end when it begins.");
        var reason = errors.Required("reason", request.Reason, maxLength: 500, TextKind.Paragraphs);
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var person = await YoungPeople.LockIfKnownAsync(db, youngPersonId, ct) ?? throw new NotFoundException("Young person", youngPersonId);
        var open = await db.Set<StayingPutRow>().SingleOrDefaultAsync(s => s.YoungPersonId == youngPersonId && s.EndedOn == null, ct)
            ?? throw new LeavingCareRuleViolation("There is no open Staying Put arrangement to end.");
        if (ended < open.StartedOn || ended > StayingPutRules.LatestEnd(person.DateOfBirth))
        {
            throw new LeavingCareRuleViolation(
                $"endedOn must be from the day it began ({open.StartedOn:yyyy-MM-dd}) to the 21st birthday ({StayingPutRules.LatestEnd(person.DateOfBirth):yyyy-MM-dd}).");
        }

        (open.EndedOn, open.EndReason, open.EndedBy) = (ended, reason, PlatformClaims.SubjectOf(caller));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (open, person.DateOfBirth);
    }
}
