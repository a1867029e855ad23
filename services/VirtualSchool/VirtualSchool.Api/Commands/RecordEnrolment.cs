using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Enrolments;

namespace VirtualSchool.Api.Commands;

/// <summary>An enrolment as staff send it (POST /api/virtual-school/pupils/{pupilId}/enrolments).</summary>
public sealed record EnrolmentRequest(string? Urn, string? StartsOn, string? EndsOn, string? Registration);

/// <summary>A validated new enrolment.</summary>
public sealed record RecordEnrolment(Guid PupilId, string Urn, DateOnly StartsOn, DateOnly? EndsOn, string Registration)
{
    public static RecordEnrolment Validate(Guid pupilId, EnrolmentRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var command = new RecordEnrolment(
            pupilId,
            errors.Required("urn", request.Urn, maxLength: 7, TextKind.Reference),
            errors.RequiredDate("startsOn", request.StartsOn, DateKind.Event, today),
            errors.OptionalDate("endsOn", request.EndsOn, DateKind.Event, today),
            errors.OneOf("registration", request.Registration, EnrolmentRow.Registrations));
        if (command.Urn.Length > 0 && !SchoolDetails.IsUrn(command.Urn))
        {
            errors.Add("urn", "must be a URN of 6 or 7 digits.");
        }
        if (command.EndsOn < command.StartsOn)
        {
            errors.Add("endsOn", "cannot be before startsOn.");
        }
        errors.ThrowIfAny();
        return command;
    }
}

/// <summary>
/// Puts a pupil on a provision's roll, checked by <see cref="EnrolmentRules"/> against the pupil's other enrolments (the
/// pupil's row is locked, so two staff cannot both add overlapping ones). A new latest school publishes
/// <c>SchoolChanged</c> through the outbox and makes the new PEP meeting due (docs/virtual-school.md §9.9), in the same transaction.
/// </summary>
public sealed class RecordEnrolmentHandler(VirtualSchoolDbContext db, TimeProvider clock, PepRegister peps)
{
    public async Task<EnrolmentView> HandleAsync(Guid pupilId, EnrolmentRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var command = RecordEnrolment.Validate(pupilId, request, clock.Today());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pupil = await PupilRegister.LockAsync(db, command.PupilId, ct) ?? throw new NotFoundException("Pupil", command.PupilId);
        var school = await PupilEnrolments.SchoolAsync(db, command.Urn, ct);
        var enrolments = await PupilEnrolments.OfPupilAsync(db, pupil.Id, ct);
        var enrolment = new Enrolment(Guid.CreateVersion7(), command.Urn, command.StartsOn, command.EndsOn, PupilEnrolments.RegistrationOf(command.Registration));
        EnrolmentRules.Check(enrolments, enrolment, pupil.DateOfBirth);

        var now = clock.GetUtcNow();
        var by = PlatformClaims.SubjectOf(caller);
        var row = new EnrolmentRow
        {
            Id = enrolment.Id, PupilId = pupil.Id, Urn = enrolment.Urn, StartsOn = enrolment.StartsOn, EndsOn = enrolment.EndsOn,
            Registration = command.Registration, RecordedBy = by, RecordedAt = now,
        };
        db.Enrolments.Add(row);
        if (EnrolmentRules.ChangeOfSchool(enrolments, enrolment) is { } change)
        {
            db.AddSchoolChanged(pupil, change, school.Name, now);
            await peps.OnSchoolChangedAsync(db, pupil, change.ChangedOn, by, ct);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return EnrolmentView.Of(row, school.Name, []);
    }
}
