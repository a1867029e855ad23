using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Consumers;

/// <summary>
/// One corrected field of a pupil of ours: names, date of birth, UPN, and the start, end and reason ceased of the period
/// held. Other fields (ethnicity, UASC dates...) mean nothing here. Episode corrections are not applied: the pupil does not
/// record which episode is the latest, so an older episode's correction could not be told apart; the next move or legal
/// status change, or a rebuild, brings the current values (docs/virtual-school.md §8).
/// A correction about a child not yet known creates nothing: the event that introduces the child carries the values.
/// </summary>
public sealed class RecordCorrectedConsumer(VirtualSchoolDbContext db, TimeProvider clock)
    : IdempotentConsumer<RecordCorrected, VirtualSchoolDbContext>(db, clock)
{
    protected override async Task HandleAsync(RecordCorrected message, CancellationToken cancellationToken)
    {
        if (message.Field is not ("given_name" or "family_name" or "date_of_birth" or "upn" or "period.started_on" or "period.ended_on" or "period.reason_ceased")
            || await PupilRegister.FindOursAsync(Db, message.ChildId, Clock.GetUtcNow(), cancellationToken) is not { } pupil)
        {
            return;
        }

        var to = message.CorrectedTo;
        var at = message.OccurredAt;
        switch (message.Field)
        {
            case "given_name" when to is not null:
                PupilRegister.ApplyDetail(pupil, p => p.GivenName = to, at);
                break;
            case "family_name" when to is not null:
                PupilRegister.ApplyDetail(pupil, p => p.FamilyName = to, at);
                break;
            case "date_of_birth" when CorrectedValue.AsDate(to) is { } dateOfBirth:
                PupilRegister.ApplyDetail(pupil, p => p.DateOfBirth = dateOfBirth, at);
                break;
            case "upn":
                PupilRegister.ApplyDetail(pupil, p => p.Upn = PupilRegister.NormaliseUpn(to), at);
                break;
            case "period.started_on" when message.PeriodOfCareId == pupil.PeriodOfCareId:
                PupilRegister.ApplyCare(pupil, CareOf(pupil) with { Since = CorrectedValue.AsDate(to) }, at);
                break;
            case "period.ended_on" when message.PeriodOfCareId == pupil.PeriodOfCareId:
                var leftOn = CorrectedValue.AsDate(to);
                PupilRegister.ApplyCare(pupil, CareOf(pupil) with { LeftOn = leftOn, IsCurrent = leftOn is null }, at);
                break;
            case "period.reason_ceased" when message.PeriodOfCareId == pupil.PeriodOfCareId:
                PupilRegister.ApplyCare(pupil, CareOf(pupil) with { ReasonCeased = to }, at);
                break;
        }
    }

    private static CareFacts CareOf(PupilRow pupil) =>
        new(pupil.PeriodOfCareId, pupil.InCareSince, pupil.LeftCareOn, pupil.ReasonCeased, pupil.IsCurrent);
}
