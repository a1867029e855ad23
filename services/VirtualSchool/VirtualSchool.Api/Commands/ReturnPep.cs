using CorporateParenting.ServiceDefaults.Security;
using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Validation;
using VirtualSchool.Api.Alerts;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Commands;

/// <summary>POST /api/virtual-school/peps/{id}/return: why the PEP goes back to its authors (required).</summary>
public sealed record ReturnPepRequest(int? Version, string? Reason);

/// <summary>
/// The Virtual School sends a Submitted PEP back with a reason (<see cref="PepWorkflow.Return"/>); it goes on the
/// worklist as <c>pep-returned</c>, once per return (docs/virtual-school.md §9.9).
/// </summary>
public sealed class ReturnPepHandler(VirtualSchoolDbContext db, PepRegister register, AlertWriter alerts, GetPepHandler views, TimeProvider clock)
{
    public async Task<PepDetails> HandleAsync(Guid pepId, ReturnPepRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reason = errors.Required("reason", request.Reason, maxLength: 2000, TextKind.Paragraphs);
        errors.ThrowIfAny();

        var today = clock.Today();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pep = await PepAccess.FindAsync(db, pepId, caller, today, ct);
        PepAccess.CheckVersion(pep, request.Version);
        pep.Status = PepCodes.Of(PepWorkflow.Return(PepCodes.Status(pep.Status), reason));

        var by = PlatformClaims.SubjectOf(caller);
        pep.ReturnedReason = reason;
        pep.ReturnedBy = by;
        pep.ReturnedAt = clock.GetUtcNow();
        register.Record(db, pep, "returned", by, reason);
        await alerts.RaiseAsync(db, [PepAlerts.Returned(pep, reason)], ct);
        await PepAccess.SaveAsync(db, ct);
        await transaction.CommitAsync(ct);
        return await views.ViewAsync(pep, today, ct);
    }
}
