using System.Globalization;
using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Enrolments;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// A correction as staff send it (POST /api/virtual-school/enrolments/{id}/corrections): blank fields stay as stored; the
/// reason is required. <see cref="Version"/>, when given, is the enrolment's version the caller saw: if someone changed
/// it since, the correction is refused (409) rather than applied over their change.
/// </summary>
public sealed record EnrolmentCorrectionRequest(string? Urn, string? StartsOn, string? EndsOn, string? Registration, string? Reason, uint? Version);

/// <summary>A validated correction.</summary>
public sealed record CorrectEnrolment(Guid EnrolmentId, string? Urn, DateOnly? StartsOn, DateOnly? EndsOn, string? Registration, string Reason, uint? Version)
{
    public static CorrectEnrolment Validate(Guid enrolmentId, EnrolmentCorrectionRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var command = new CorrectEnrolment(
            enrolmentId,
            errors.Optional("urn", request.Urn, maxLength: 7, TextKind.Reference),
            errors.OptionalDate("startsOn", request.StartsOn, DateKind.Event, today),
            errors.OptionalDate("endsOn", request.EndsOn, DateKind.Event, today),
            errors.OptionalOneOf("registration", request.Registration, EnrolmentRow.Registrations),
            errors.Required("reason", request.Reason, maxLength: 500, TextKind.Paragraphs),
            request.Version);
        if (command.Urn is { } urn && !SchoolDetails.IsUrn(urn))
        {
            errors.Add("urn", "must be a URN of 6 or 7 digits.");
        }
        if (command.Urn is null && command.StartsOn is null && command.EndsOn is null && command.Registration is null && !errors.Any)
        {
            errors.Add("urn", "one of urn, startsOn, endsOn or registration must be given.");
        }
        errors.ThrowIfAny();
        return command;
    }
}

/// <summary>
/// Corrects (or ends) an enrolment: each changed field is kept in its correction history with the old and new value, the
/// reason, who and when. The result is checked as a new enrolment would be. A correction of the provision, start or
/// registration that leaves the enrolment the pupil's latest school, at another provision than the one before, publishes
/// <c>SchoolChanged</c> again with the corrected values (docs/virtual-school.md §8), and moves the change-of-school PEP with it (§9.9).
/// </summary>
public sealed class CorrectEnrolmentHandler(VirtualSchoolDbContext db, TimeProvider clock, PepRegister peps)
{
    public async Task<EnrolmentView> HandleAsync(CorrectEnrolment command, ClaimsPrincipal caller, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pupilId = await db.Enrolments.Where(e => e.Id == command.EnrolmentId).Select(e => (Guid?)e.PupilId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Enrolment", command.EnrolmentId);
        var pupil = (await PupilRegister.LockAsync(db, pupilId, ct))!;
        var row = await db.Enrolments.SingleAsync(e => e.Id == command.EnrolmentId, ct);
        if (command.Version is { } seen && seen != row.Version)
        {
            throw new ConflictException("The enrolment was changed by someone else since you read it: read it again and correct what is still wrong.");
        }

        var before = PupilEnrolments.Of(row);
        var after = before with
        {
            Urn = command.Urn ?? before.Urn,
            StartsOn = command.StartsOn ?? before.StartsOn,
            EndsOn = command.EndsOn ?? before.EndsOn,
            Registration = command.Registration is { } code ? PupilEnrolments.RegistrationOf(code) : before.Registration,
        };
        if (after.EndsOn < after.StartsOn)
        {
            var errors = new FieldErrors();
            errors.Add(command.EndsOn is null ? "startsOn" : "endsOn", $"the enrolment would end ({Show(after.EndsOn)}) before it starts ({Show(after.StartsOn)}).");
            errors.ThrowIfAny();
        }
        var school = await PupilEnrolments.SchoolAsync(db, after.Urn, ct);
        var enrolments = await PupilEnrolments.OfPupilAsync(db, pupilId, ct);
        EnrolmentRules.Check(enrolments, after, pupil.DateOfBirth);

        var now = clock.GetUtcNow();
        var by = PlatformClaims.SubjectOf(caller);
        var corrections = new List<EnrolmentCorrectionRow>();
        void Keep(string field, string? from, string? to)
        {
            if (from != to)
            {
                corrections.Add(new EnrolmentCorrectionRow
                {
                    EnrolmentId = row.Id, Field = field, CorrectedFrom = from, CorrectedTo = to, Reason = command.Reason, CorrectedBy = by, CorrectedAt = now,
                });
            }
        }
        Keep("urn", before.Urn, after.Urn);
        Keep("starts_on", Show(before.StartsOn), Show(after.StartsOn));
        Keep("ends_on", Show(before.EndsOn), Show(after.EndsOn));
        Keep("registration", row.Registration, EnrolmentRules.RegistrationCode(after.Registration));
        PupilEnrolments.RefuseNoChange(corrections.Count > 0);

        row.Urn = after.Urn;
        row.StartsOn = after.StartsOn;
        row.EndsOn = after.EndsOn;
        row.Registration = EnrolmentRules.RegistrationCode(after.Registration);
        db.EnrolmentCorrections.AddRange(corrections);
        if (corrections.Any(c => c.Field is "urn" or "starts_on" or "registration") && EnrolmentRules.ChangeOfSchool(enrolments, after) is { } change)
        {
            db.AddSchoolChanged(pupil, change, school.Name, now);
            await peps.OnSchoolChangedAsync(db, pupil, change.ChangedOn, by, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The enrolment was changed by someone else at the same time: read it again and correct what is still wrong.");
        }
        await transaction.CommitAsync(ct);
        var history = await db.EnrolmentCorrections.AsNoTracking().Where(c => c.EnrolmentId == row.Id).OrderBy(c => c.Id).ToListAsync(ct);
        return EnrolmentView.Of(row, school.Name, history);
    }

    private static string? Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
