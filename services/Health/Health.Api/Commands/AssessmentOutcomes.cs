using CorporateParenting.ServiceDefaults.Errors;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Health.Api.Options;
using Health.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Health.Api.Commands;

/// <summary>Applies one recorded event to an assessment through the domain, and what follows from its outcome.</summary>
public sealed class AssessmentOutcomes(HealthDbContext db, AssessmentPlanner planner, IOptions<ChargeOptions> charges)
{
    /// <exception cref="RuleViolationException">The domain refused the event.</exception>
    public async Task ApplyAsync(HealthAssessmentRow assessment, AssessmentEventRow recorded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            AssessmentReplay.Record(assessment, recorded, DateOnly.FromDateTime(now.UtcDateTime));
        }
        catch (HealthRuleViolation violation)
        {
            throw new RuleViolationException(violation.Message);
        }
        await FollowUpAsync(assessment, recorded, now, cancellationToken);
    }

    /// <summary>
    /// After an outcome: the next review is opened (convention 4 counts from the last assessment; a declined one is offered
    /// again at the same interval, and "not required" counts from the earlier assessment that made it so), a completion is
    /// announced, and for a child placed here by another authority a completed review is charged to it instead.
    /// </summary>
    private async Task FollowUpAsync(HealthAssessmentRow assessment, AssessmentEventRow recorded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (recorded.Kind is not (AssessmentEventKind.Completed or AssessmentEventKind.Declined or AssessmentEventKind.NotRequired))
        {
            return;
        }
        var isCompleted = recorded.Kind == AssessmentEventKind.Completed;
        DateOnly? nextReviewDueOn = null;
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == assessment.ChildId, cancellationToken);
        if (child?.PlacingAuthorityCode is { } placingAuthority)
        {
            // Placed here by another authority: it asks for each review, and pays for each one done.
            if (isCompleted && assessment.Kind == AssessmentKind.Review)
            {
                db.Charges.Add(new ChargeRow
                {
                    Id = Guid.CreateVersion7(), AssessmentId = assessment.Id, ChildId = child.Id, PlacingAuthorityCode = placingAuthority,
                    CompletedOn = recorded.OccurredOn, Amount = charges.Value.ReviewHealthAssessmentTariff, CreatedAt = now,
                });
            }
        }
        else if (assessment.Kind is AssessmentKind.Initial or AssessmentKind.Review && child is not null
            && !await PeriodEndedAsync(assessment.PeriodOfCareId, cancellationToken))
        {
            var from = recorded.Kind == AssessmentEventKind.NotRequired ? recorded.PreviouslyAssessedOn!.Value : recorded.OccurredOn;
            if (from < child.DateOfBirth)
            {
                throw new RuleViolationException(
                    $"The earlier assessment's date, {from:yyyy-MM-dd}, is before the child's date of birth, {child.DateOfBirth:yyyy-MM-dd}.");
            }
            nextReviewDueOn = planner.OpenNextReview(child, assessment, from).DueOn;
        }
        if (isCompleted)
        {
            db.AddAssessmentCompleted(assessment, recorded, nextReviewDueOn, now);
        }
    }

    private Task<bool> PeriodEndedAsync(Guid? periodOfCareId, CancellationToken cancellationToken) =>
        db.PeriodsOfCare.AnyAsync(p => p.Id == periodOfCareId && p.EndedOn != null, cancellationToken);
}
