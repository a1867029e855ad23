using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Commands;

/// <summary>Opens assessments, each one due announced by <c>HealthAssessmentDue</c> in the same transaction.</summary>
public sealed class AssessmentPlanner(HealthDbContext db, TimeProvider clock)
{
    public HealthAssessmentRow OpenInitial(Guid childId, Guid periodOfCareId, InitialHealthAssessment.Deadlines iha) =>
        Open(childId, periodOfCareId, AssessmentKind.Initial, iha.LookedAfterSince, iha.DueOn, iha.RequestToProviderDueOn);

    /// <summary>The IHA or the health history to be recorded (docs/health.md §8).</summary>
    public HealthAssessmentRow OpenFirst(Guid childId, Guid periodOfCareId, FirstHealthItem item) =>
        Open(childId, periodOfCareId, item.Kind, item.LookedAfterSince, item.DueOn, item.RequestToProviderDueOn);

    /// <summary>
    /// Whether the period already has its IHA or its health history item, in any state: whichever of the entry to care
    /// and a rebuild came first opened it, and the other opens nothing (a unique index holds it to one).
    /// </summary>
    public Task<bool> HasFirstItemAsync(Guid periodOfCareId, CancellationToken cancellationToken) =>
        db.Assessments.AnyAsync(a => a.PeriodOfCareId == periodOfCareId && FirstHealthItem.Kinds.Contains(a.Kind), cancellationToken);

    /// <summary>The next review after an assessment completed on <paramref name="completedOn"/> (convention 4).</summary>
    public HealthAssessmentRow OpenNextReview(HealthChildRow child, HealthAssessmentRow completed, DateOnly completedOn) =>
        Open(child.Id, completed.PeriodOfCareId, AssessmentKind.Review, completed.LookedAfterSince,
            ReviewHealthAssessmentSchedule.NextDue(child.DateOfBirth, completedOn));

    /// <summary>A review our team does at the request of the authority that placed the child here.</summary>
    public HealthAssessmentRow OpenReviewForPlacingAuthority(HealthChildRow child, Guid notificationId, DateOnly placedOn, DateOnly dueOn) =>
        Open(child.Id, notificationId, AssessmentKind.Review, placedOn, dueOn);

    public HealthAssessmentRow OpenHealthPassport(HealthChildRow child, Guid periodOfCareId, DateOnly lookedAfterSince) =>
        Open(child.Id, periodOfCareId, AssessmentKind.HealthPassport, lookedAfterSince, HealthPassportSchedule.DueBy(child.DateOfBirth));

    /// <summary>A check recorded after it happened: opened on its own date, to be completed straight away.</summary>
    public HealthAssessmentRow OpenCheck(HealthChildRow child, AssessmentKind kind, DateOnly checkedOn) =>
        Open(child.Id, periodOfCareId: null, kind, checkedOn, checkedOn, announce: false);

    private HealthAssessmentRow Open(
        Guid childId, Guid? periodOfCareId, AssessmentKind kind, DateOnly lookedAfterSince, DateOnly dueOn, DateOnly? requestDueOn = null, bool announce = true)
    {
        var now = clock.GetUtcNow();
        var assessment = new HealthAssessmentRow
        {
            Id = Guid.CreateVersion7(),
            ChildId = childId,
            PeriodOfCareId = periodOfCareId,
            Kind = kind,
            Status = AssessmentStatus.Due,
            LookedAfterSince = lookedAfterSince,
            DueOn = dueOn,
            RequestToProviderDueOn = requestDueOn,
            CreatedAt = now,
        };
        db.Assessments.Add(assessment);
        if (announce)
        {
            db.AddAssessmentDue(assessment, now);
        }
        return assessment;
    }
}
