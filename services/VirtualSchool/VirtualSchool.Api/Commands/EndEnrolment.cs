using CorporateParenting.ServiceDefaults.Validation;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// The pupil left the provision (POST /api/virtual-school/enrolments/{id}/end): a correction of the end date alone, kept
/// in the same history.
/// </summary>
public sealed record EndEnrolmentRequest(string? EndsOn, string? Reason, uint? Version)
{
    public CorrectEnrolment Validate(Guid enrolmentId, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.RequiredDate("endsOn", EndsOn, DateKind.Event, today);
        errors.Required("reason", Reason, maxLength: 500, TextKind.Paragraphs);
        errors.ThrowIfAny();
        return CorrectEnrolment.Validate(enrolmentId, new EnrolmentCorrectionRequest(null, null, EndsOn, null, Reason, Version), today);
    }
}
