using CorporateParenting.Calendar;
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
    /// <exception cref="HealthRuleViolation">The domain refused the event.</exception>
    public async Task ApplyAsync(HealthAssessmentRow assessment, AssessmentEventRow recorded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        AssessmentReplay.Record(assessment, recorded, now.UtcDate());
        await FollowUpAsync(assessment, recorded, now, cancellationToken);
    }

    /// <summary>What follows an outcome, as <see cref="AfterAnAssessment"/> decides: the next review or a charge, and the completion announced.</summary>
    private async Task FollowUpAsync(HealthAssessmentRow assessment, AssessmentEventRow recorded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (OutcomeOf(recorded.Kind) is not { } outcome)
        {
            return;
        }
        DateOnly? nextReviewDueOn = null;
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == assessment.ChildId, cancellationToken);
        if (child?.PlacingAuthorityCode is { } placingAuthority)
        {
            if (AfterAnAssessment.IsChargedToPlacingAuthority(assessment.Kind, outcome))
            {
                db.Charges.Add(new ChargeRow
                {
                    Id = Guid.CreateVersion7(), AssessmentId = assessment.Id, ChildId = child.Id, PlacingAuthorityCode = placingAuthority,
                    CompletedOn = recorded.OccurredOn, Amount = charges.Value.ReviewHealthAssessmentTariff, CreatedAt = now,
                });
            }
        }
        else if (child is not null && !await PeriodEndedAsync(assessment.PeriodOfCareId, cancellationToken)
            && AfterAnAssessment.NextReviewCountsFrom(assessment.Kind, outcome, recorded.OccurredOn, recorded.PreviouslyAssessedOn, child.DateOfBirth) is { } from)
        {
            nextReviewDueOn = planner.OpenNextReview(child, assessment, from).DueOn;
        }
        if (outcome == AssessmentOutcome.Completed)
        {
            db.AddAssessmentCompleted(assessment, recorded, nextReviewDueOn, now);
        }
    }

    private static AssessmentOutcome? OutcomeOf(AssessmentEventKind kind) => kind switch
    {
        AssessmentEventKind.Completed => AssessmentOutcome.Completed,
        AssessmentEventKind.Declined => AssessmentOutcome.Declined,
        AssessmentEventKind.NotRequired => AssessmentOutcome.NotRequired,
        _ => null,
    };


    private Task<bool> PeriodEndedAsync(Guid? periodOfCareId, CancellationToken cancellationToken) =>
        db.PeriodsOfCare.AnyAsync(p => p.Id == periodOfCareId && p.EndedOn != null, cancellationToken);
}
