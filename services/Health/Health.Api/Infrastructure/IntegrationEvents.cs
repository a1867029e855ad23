using CorporateParenting.Contracts.Health;
using CorporateParenting.Messaging.Outbox;
using Health.Api.Infrastructure.Rows;

namespace Health.Api.Infrastructure;

/// <summary>
/// The one place Health's outcomes become Contracts events: each is added to the outbox, so it is published only if
/// the change that caused it is saved.
/// </summary>
public static class IntegrationEvents
{
    public static void AddAssessmentDue(this HealthDbContext db, HealthAssessmentRow assessment, DateTimeOffset now) =>
        db.AddIntegrationEvent(new HealthAssessmentDue(assessment.Id, assessment.ChildId, assessment.Kind.ToString(), assessment.DueOn, now));

    public static void AddAssessmentCompleted(
        this HealthDbContext db, HealthAssessmentRow assessment, AssessmentEventRow completed, DateOnly? nextReviewDueOn, DateTimeOffset now) =>
        db.AddIntegrationEvent(new HealthAssessmentCompleted(assessment.Id, assessment.ChildId, assessment.Kind.ToString(), completed.OccurredOn,
            completed.ClinicianRole!, completed.OccurredOn <= assessment.DueOn, nextReviewDueOn, now));

    public static void AddAssessmentOverdue(this HealthDbContext db, HealthAssessmentRow assessment, DateOnly today, DateTimeOffset now) =>
        db.AddIntegrationEvent(new HealthAssessmentOverdue(assessment.Id, assessment.ChildId, assessment.Kind.ToString(), assessment.DueOn, today, now));

    public static void AddSdqScored(this HealthDbContext db, SdqRow sdq, DateTimeOffset now) =>
        db.AddIntegrationEvent(new SdqScored(sdq.Id, sdq.ChildId, sdq.CompletedOn, sdq.Informant.ToString(),
            sdq.TotalDifficulties!.Value, sdq.Band!.Value.ToString(), now));
}
