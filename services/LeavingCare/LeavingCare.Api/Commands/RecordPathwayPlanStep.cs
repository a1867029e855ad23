using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Commands;

/// <summary>POST /api/leaving-care/young-people/{id}/pathway-plan: kind (needs-assessment, review, review-requested) and the day.</summary>
public sealed record PathwayPlanStepRequest(string? Kind, string? On);

/// <summary>
/// A step of the pathway plan (docs/leaving-care.md §5.2): the needs assessment or a plan review held on a day (not in
/// the future), or a review the young person or adviser asked for by a day. Kept, never changed.
/// </summary>
public sealed class RecordPathwayPlanStepHandler(LeavingCareDbContext db, TimeProvider clock)
{
    public async Task<PathwayPlanStepRow> HandleAsync(Guid youngPersonId, PathwayPlanStepRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var kind = errors.OptionalOneOf("kind", request.Kind, PathwayPlanStepRow.Kinds);
        if (kind is null && !errors.Any)
        {
            errors.Add("kind", $"is required: one of {string.Join(", ", PathwayPlanStepRow.Kinds)}.");
        }
        var on = errors.RequiredDate("on", request.On, DateKind.Event, today);
        if (kind is not null and not PathwayPlanStepRow.ReviewRequested)
        {
            errors.NotAfterToday("on", on, today, "record a needs assessment or a review once it has been held.");
        }
        errors.ThrowIfAny();

        if (!await db.YoungPeople.AnyAsync(p => p.Id == youngPersonId, ct))
        {
            throw new NotFoundException("Young person", youngPersonId);
        }

        var step = new PathwayPlanStepRow
        {
            YoungPersonId = youngPersonId, Kind = kind!, On = on,
            RecordedBy = PlatformClaims.SubjectOf(caller), RecordedAt = clock.GetUtcNow(),
        };
        db.Add(step);
        await db.SaveChangesAsync(ct);
        return step;
    }
}
