using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Infrastructure;

namespace LeavingCare.Api.Commands;

/// <summary>
/// PUT /api/leaving-care/young-people/{id}/support: in education or training (true, false), the day they asked for
/// support under s23CZB, the day they declined support (blank for none).
/// </summary>
public sealed record SupportChoicesRequest(bool? InEducationOrTraining, string? AskedForSupportOn, string? DeclinedOn);

/// <summary>
/// What the young person has told us that changes how long the duties last (docs/leaving-care.md §4): the whole record
/// replaced, the days not after today, under the young person's row lock.
/// </summary>
public sealed class RecordSupportChoicesHandler(LeavingCareDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, SupportChoicesRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        if (request.InEducationOrTraining is null)
        {
            errors.Add("inEducationOrTraining", "is required: true or false.");
        }
        var asked = NotAfterToday(errors, "askedForSupportOn", request.AskedForSupportOn, today);
        var declined = NotAfterToday(errors, "declinedOn", request.DeclinedOn, today);
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var person = await YoungPeople.LockIfKnownAsync(db, id, ct) ?? throw new NotFoundException("Young person", id);
        (person.InEducationOrTraining, person.AskedForSupportOn, person.DeclinedOn) = (request.InEducationOrTraining!.Value, asked, declined);
        person.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static DateOnly? NotAfterToday(FieldErrors errors, string field, string? value, DateOnly today)
    {
        var date = errors.OptionalDate(field, value, DateKind.Event, today);
        errors.NotAfterToday(field, date, today, "record what the young person has told us once they have.");
        return date;
    }
}
