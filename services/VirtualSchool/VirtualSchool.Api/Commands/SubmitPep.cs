using CorporateParenting.ServiceDefaults.Security;
using System.Security.Claims;
using CorporateParenting.Calendar;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Commands;

/// <summary>The body of a workflow move: the version the caller read (optional; when sent, a stale one is a 409).</summary>
public sealed record PepMoveRequest(int? Version);

/// <summary>
/// Submits a Draft or Returned PEP to the Virtual School (<see cref="PepWorkflow.Submit"/>): refused with a 422 naming
/// every missing section, a meeting after today, or targets that are not SMART (docs/virtual-school.md §9.5).
/// </summary>
public sealed class SubmitPepHandler(VirtualSchoolDbContext db, PepRegister register, GetPepHandler views, TimeProvider clock)
{
    public async Task<PepDetails> HandleAsync(Guid pepId, PepMoveRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var pep = await PepAccess.FindAsync(db, pepId, caller, today, ct);
        PepAccess.CheckVersion(pep, request.Version);
        var content = PepContentJson.Read(pep.Content).ToDomain();
        pep.Status = PepCodes.Of(PepWorkflow.Submit(PepCodes.Status(pep.Status), PepCodes.Form(pep.Form), content, today));

        var by = PlatformClaims.SubjectOf(caller);
        pep.SubmittedBy = by;
        pep.SubmittedAt = clock.GetUtcNow();
        register.Record(db, pep, "submitted", by);
        await PepAccess.SaveAsync(db, ct);
        return await views.ViewAsync(pep, today, ct);
    }
}
