using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.InTouch;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Commands;

/// <summary>
/// POST …/contacts <c>{on, inTouch, method}</c>, …/accommodation and …/activity <c>{from, code}</c>: the day (not after
/// today) and the SSDA903 code (docs/leaving-care.md §7.3.1), upper case.
/// </summary>
public sealed record InTouchRequest(string? On, string? From, string? InTouch, string? Code, string? Method);

/// <summary>Records a contact, an accommodation or an activity for the care leaver return, each code checked against the 903's lists.</summary>
public sealed class RecordInTouchHandler(LeavingCareDbContext db, TimeProvider clock)
{
    public async Task<InTouchRecordRow> HandleAsync(Guid youngPersonId, string kind, InTouchRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var (dateField, codeField) = kind == InTouchRecordRow.Contact ? ("on", "inTouch") : ("from", "code");
        var on = errors.RequiredDate(dateField, kind == InTouchRecordRow.Contact ? request.On : request.From, DateKind.Event, today);
        errors.NotAfterToday(dateField, on, today, "record it once it has happened.");
        var code = errors.Required(codeField, kind == InTouchRecordRow.Contact ? request.InTouch : request.Code, maxLength: 10, TextKind.Reference);
        if (code.Length > 0 && (kind switch
            {
                InTouchRecordRow.Contact => Oc3Codes.ProblemWithInTouch(code),
                InTouchRecordRow.Accommodation => Oc3Codes.ProblemWithAccommodation(code),
                _ => Oc3Codes.ProblemWithActivity(code),
            }) is { } problem)
        {
            errors.Add(codeField, problem);
        }
        if (code == "0")
        {
            errors.Add(codeField, "\"0\" is what the return says when a young person is not in touch; record what is known instead.");
        }
        var method = kind == InTouchRecordRow.Contact ? errors.Optional("method", request.Method, maxLength: 50) : null;
        errors.ThrowIfAny();

        if (!await db.YoungPeople.AnyAsync(p => p.Id == youngPersonId, ct))
        {
            throw new NotFoundException("Young person", youngPersonId);
        }

        var record = new InTouchRecordRow
        {
            YoungPersonId = youngPersonId, Kind = kind, On = on, Code = code, Method = method,
            RecordedBy = PlatformClaims.SubjectOf(caller), RecordedAt = clock.GetUtcNow(),
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }
}
