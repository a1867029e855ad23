using CorporateParenting.ServiceDefaults.Security;
using System.Security.Claims;
using CorporateParenting.Calendar;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// The Virtual School approves a Submitted PEP (<see cref="PepWorkflow.Complete"/>); from then on it is read-only, and
/// its completion day is what timeliness compares with the due date (docs/virtual-school.md §9.7).
/// </summary>
public sealed class CompletePepHandler(VirtualSchoolDbContext db, PepRegister register, GetPepHandler views, TimeProvider clock)
{
    public async Task<PepDetails> HandleAsync(Guid pepId, PepMoveRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var pep = await PepAccess.FindAsync(db, pepId, caller, today, ct);
        PepAccess.CheckVersion(pep, request.Version);
        pep.Status = PepCodes.Of(PepWorkflow.Complete(PepCodes.Status(pep.Status)));

        var by = PlatformClaims.SubjectOf(caller);
        pep.CompletedOn = today;
        pep.CompletedBy = by;
        pep.CompletedAt = clock.GetUtcNow();
        register.Record(db, pep, "completed", by);
        await PepAccess.SaveAsync(db, ct);
        return await views.ViewAsync(pep, today, ct);
    }
}
