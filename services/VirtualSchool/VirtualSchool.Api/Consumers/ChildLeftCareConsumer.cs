using CorporateParenting.Calendar;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Consumers;

/// <summary>
/// A pupil of ours left care: no longer current, so no longer expected in school nor counted; the record stays. Their
/// open PEPs close with the reason (left care, or care taken over by another authority, E3; X1 closes nothing), in the
/// same transaction (docs/virtual-school.md §9.9). A late end of an older period of care closes nothing.
/// </summary>
public sealed class ChildLeftCareConsumer(VirtualSchoolDbContext db, TimeProvider clock, PepRegister peps)
    : IdempotentConsumer<ChildLeftCare, VirtualSchoolDbContext>(db, clock)
{
    protected override async Task HandleAsync(ChildLeftCare message, CancellationToken cancellationToken)
    {
        var pupil = await PupilRegister.OursAsync(Db, message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            Clock.GetUtcNow(), cancellationToken);
        PupilRegister.ApplyDetails(pupil, message.GivenName, message.FamilyName, message.DateOfBirth, upn: null, message.OccurredAt);
        PupilRegister.ApplyCare(pupil,
            new CareFacts(message.PeriodOfCareId, message.EnteredCareOn, message.LeftCareOn, message.ReasonCeased, IsCurrent: false), message.OccurredAt);
        if (pupil.PeriodOfCareId != message.PeriodOfCareId || pupil.IsCurrent)
        {
            return;
        }

        var today = Clock.Today();
        var facts = new PepClosingFacts(pupil.DateOfBirth, today < message.LeftCareOn ? message.LeftCareOn : today, message.LeftCareOn, message.ReasonCeased);
        if (PepClosing.Decide(facts) is { } decision)
        {
            await peps.CloseAsync(Db, pupil.Id, decision, $"event {nameof(ChildLeftCare)}", cancellationToken);
        }
    }
}
