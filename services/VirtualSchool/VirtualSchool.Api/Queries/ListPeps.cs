using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Queries;

/// <summary>
/// <c>GET /api/virtual-school/peps</c>: filters pupil, status, kind, urn (pupils on that school's roll today), dueFrom,
/// dueTo, overdue (true: past due and still open; false: not).
/// </summary>
public sealed record PepFilter(
    Guid? Pupil, string? Status, string? Kind, string? Urn, DateOnly? DueFrom, DateOnly? DueTo, bool? Overdue, int Skip, int Take)
{
    public static PepFilter From(
        string? pupil, string? status, string? kind, string? urn, string? dueFrom, string? dueTo, bool? overdue, int page, int pageSize, DateOnly today)
    {
        var errors = new FieldErrors();
        var pupilId = string.IsNullOrWhiteSpace(pupil) ? (Guid?)null : errors.RequiredGuid("pupil", pupil);
        var parsedStatus = errors.OptionalOneOf("status", status, PepCodes.Statuses);
        var parsedKind = errors.OptionalOneOf("kind", kind, PepCodes.Kinds);
        var parsedUrn = errors.Optional("urn", urn, maxLength: 7, TextKind.Reference);
        var from = errors.OptionalDate("dueFrom", dueFrom, DateKind.Event, today);
        var to = errors.OptionalDate("dueTo", dueTo, DateKind.Event, today);
        if (from > to)
        {
            errors.Add("dueTo", "cannot be before dueFrom.");
        }

        errors.ThrowIfAny();
        var (skip, take) = Paging.Validate(page, pageSize);
        return new PepFilter(pupilId, parsedStatus, parsedKind, parsedUrn, from, to, overdue, skip, take);
    }
}

/// <summary>
/// PEPs the caller may see, soonest due first; a school sees only its own pupils' (<see cref="PepAccess"/>). The read of
/// the list is audited, against the pupil when the list is one pupil's.
/// </summary>
public sealed class ListPepsHandler(VirtualSchoolDbContext db, IAuditTrail audit)
{
    public const string AuditAction = "GET /api/virtual-school/peps";

    public async Task<Page<PepListItem>> HandleAsync(PepFilter filter, ClaimsPrincipal caller, DateOnly today, CancellationToken ct)
    {
        var peps = db.Peps.AsNoTracking();
        if (PepAccess.SchoolOf(caller) is { } school)
        {
            peps = peps.Where(p => PepAccess.PupilsAt(db, school, today).Contains(p.PupilId));
        }

        if (filter.Urn is { } urn)
        {
            peps = peps.Where(p => PepAccess.PupilsAt(db, urn, today).Contains(p.PupilId));
        }

        if (filter.Pupil is { } pupilId)
        {
            peps = peps.Where(p => p.PupilId == pupilId);
        }

        if (filter.Status is { } status)
        {
            peps = peps.Where(p => p.Status == status);
        }

        if (filter.Kind is { } kind)
        {
            peps = peps.Where(p => p.Kind == kind);
        }

        if (filter.DueFrom is { } from)
        {
            peps = peps.Where(p => p.DueOn >= from);
        }

        if (filter.DueTo is { } to)
        {
            peps = peps.Where(p => p.DueOn <= to);
        }

        string[] open = ["draft", "submitted", "returned"];
        if (filter.Overdue is { } overdue)
        {
            peps = overdue
                ? peps.Where(p => open.Contains(p.Status) && p.DueOn < today)
                : peps.Where(p => !(open.Contains(p.Status) && p.DueOn < today));
        }

        var rows = await (from p in peps
                          join pupil in db.Pupils.AsNoTracking() on p.PupilId equals pupil.Id
                          orderby p.DueOn, p.Id
                          select new { Pep = p, pupil.GivenName, pupil.FamilyName })
            .Skip(filter.Skip).Take(filter.Take).ToListAsync(ct);
        var total = await peps.CountAsync(ct);
        await audit.RecordAsync(new AuditEntry(AuditAction, "pep", filter.Pupil, $"{rows.Count} PEPs"), ct);
        return new Page<PepListItem>(
            [.. rows.Select(r => new PepListItem(r.Pep.Id, r.Pep.PupilId, r.GivenName, r.FamilyName, r.Pep.Kind, r.Pep.Occasion, r.Pep.Form,
                r.Pep.Status, r.Pep.DueOn, r.Pep.Term, GetPepHandler.IsOverdue(r.Pep, today), r.Pep.Rating, r.Pep.CompletedOn, r.Pep.Version))],
            total);
    }
}
