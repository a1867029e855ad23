using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Commands;

/// <summary>POST /api/leaving-care/advisers: a personal adviser's name.</summary>
public sealed record AddAdviserRequest(string? Name);

/// <summary>PUT /api/leaving-care/young-people/{id}/adviser: the adviser and the day the allocation begins (today when blank).</summary>
public sealed record AllocateAdviserRequest(string? AdviserId, string? From);

/// <summary>
/// Personal advisers and their allocations (docs/leaving-care.md §5.2): an adviser is added by name; allocating one to a
/// young person ends the open allocation the day before (a later one already open is refused), under the young person's
/// row lock, and a partial unique index keeps one open allocation each.
/// </summary>
public sealed class PersonalAdvisersHandler(LeavingCareDbContext db, TimeProvider clock)
{
    public async Task<PersonalAdviserRow> AddAsync(AddAdviserRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = errors.Required("name", request.Name, maxLength: 200);
        errors.ThrowIfAny();
        var adviser = new PersonalAdviserRow { Id = Guid.CreateVersion7(), Name = name, CreatedAt = clock.GetUtcNow() };
        db.Add(adviser);
        await db.SaveChangesAsync(ct);
        return adviser;
    }

    public async Task<(AdviserAllocationRow Allocation, PersonalAdviserRow Adviser)> AllocateAsync(Guid youngPersonId, AllocateAdviserRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var adviserId = errors.RequiredGuid("adviserId", request.AdviserId);
        var from = errors.OptionalDate("from", request.From, DateKind.Event, today) ?? today;
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        _ = await YoungPeople.LockIfKnownAsync(db, youngPersonId, ct) ?? throw new NotFoundException("Young person", youngPersonId);
        var adviser = await db.Set<PersonalAdviserRow>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == adviserId, ct)
            ?? throw new LeavingCareRuleViolation($"Adviser {adviserId} is not one of the team's personal advisers: add them first.");

        if (await db.Set<AdviserAllocationRow>().SingleOrDefaultAsync(a => a.YoungPersonId == youngPersonId && a.To == null, ct) is { } open)
        {
            if (open.From >= from)
            {
                throw new LeavingCareRuleViolation(
                    $"An allocation from {open.From:yyyy-MM-dd} is already open: a new one must begin after it (it ends the open one the day before).");
            }
            open.To = from.AddDays(-1);
        }

        var allocation = new AdviserAllocationRow
        {
            YoungPersonId = youngPersonId, AdviserId = adviserId, From = from,
            RecordedBy = PlatformClaims.SubjectOf(caller), RecordedAt = clock.GetUtcNow(),
        };
        db.Add(allocation);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (allocation, adviser);
    }
}
