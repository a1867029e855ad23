using System.Security.Claims;
using CorporateParenting.Audit;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Queries;

/// <summary>One PEP with its history, if the caller may see it (<see cref="PepAccess"/>); every read is audited against the pupil.</summary>
public sealed class GetPepHandler(VirtualSchoolDbContext db, IAuditTrail audit)
{
    public async Task<PepDetails> HandleAsync(Guid pepId, ClaimsPrincipal caller, DateOnly today, string action, CancellationToken ct)
    {
        var pep = await PepAccess.FindAsync(db, pepId, caller, today, ct);
        await audit.RecordAsync(new AuditEntry(action, "pep", pep.PupilId, pep.Id.ToString()), ct);
        return await ViewAsync(pep, today, ct);
    }

    /// <summary>The PEP as it now stands (after a change the caller made, which is not a read to audit).</summary>
    public async Task<PepDetails> ViewAsync(PepRow pep, DateOnly today, CancellationToken ct)
    {
        var pupil = await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == pep.PupilId, ct);
        var history = await db.PepHistory.AsNoTracking().Where(h => h.PepId == pep.Id).OrderBy(h => h.Id).ToListAsync(ct);
        var content = PepContentJson.Read(pep.Content);
        var status = PepCodes.Status(pep.Status);
        IReadOnlyList<string> missing = PepWorkflow.IsEditable(status)
            ? [.. PepSections.Missing(PepCodes.Form(pep.Form), content.ToDomain()).Select(PepSections.Title)]
            : [];
        return new PepDetails(pep.Id, pep.PupilId, pupil.GivenName, pupil.FamilyName, pep.Kind, pep.Occasion, pep.Form, pep.Status, pep.DueOn,
            pep.Term, IsOverdue(pep, today), pep.Version, content, missing, pep.ReturnedReason, PepContentJson.Read<PepQualityView>(pep.Quality),
            pep.CloseReason, pep.CloseDetail, pep.ClosedOn, pep.CompletedOn, pep.CreatedBy, pep.CreatedAt, pep.SubmittedBy, pep.SubmittedAt,
            pep.ReturnedBy, pep.ReturnedAt, pep.CompletedBy, pep.CompletedAt,
            [.. history.Select(h => new PepHistoryView(h.Action, h.StatusAfter, h.By, h.At, h.Version, h.Note, PepContentJson.Read(h.Content)))]);
    }

    /// <summary>Past its due date and neither completed nor closed (<see cref="PepDueRecord.IsOverdueOn"/>).</summary>
    public static bool IsOverdue(PepRow pep, DateOnly today) => new PepDueRecord(pep.DueOn, pep.CompletedOn, pep.ClosedOn).IsOverdueOn(today);
}
