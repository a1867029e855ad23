using System.Security.Cryptography;
using System.Text;
using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.Contracts.Notifications;
using CorporateParenting.Messaging.Inbox;
using Health.Api.Commands;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Consumers;

/// <summary>
/// A child another authority placed here: recorded on the placed-here team's list and, when the placing authority
/// asks for our reviews, the next review opened when <see cref="PlacedHereReviewSchedule"/> says it is due.
/// </summary>
public sealed class OutOfAreaChildArrivedConsumer(
    HealthDbContext db, AssessmentPlanner planner, WorkingDayCalendar calendar, IAuditTrail audit, TimeProvider clock)
    : IdempotentConsumer<OutOfAreaChildArrived, HealthDbContext>(db, clock)
{
    protected override async Task HandleAsync(OutOfAreaChildArrived message, CancellationToken cancellationToken)
    {
        var childId = ChildIdOf(message.PlacingAuthorityCode, message.PlacingAuthorityReference);
        var child = await HealthChildren.UpsertAsync(Db, childId, message.GivenName, message.FamilyName, message.DateOfBirth,
            message.PlacingAuthorityCode, isOutOfArea: false, message.OccurredAt, cancellationToken);
        child.PlacingAuthorityCode = message.PlacingAuthorityCode;
        child.Team = HealthChildRow.PlacedHereTeam;

        if (!message.ReviewHealthAssessmentsRequested
            || await Db.Assessments.AnyAsync(a => a.ChildId == childId && HealthAssessmentRow.OpenStatuses.Contains(a.Status), cancellationToken))
        {
            return;
        }
        var dueOn = PlacedHereReviewSchedule.FirstReviewDue(message.DateOfBirth, message.LastHealthAssessmentOn, message.PlacedOn, calendar);
        var review = planner.OpenReviewForPlacingAuthority(child, message.NotificationId, message.PlacedOn, dueOn);
        await audit.RecordAsync(new AuditEntry("OutOfAreaChildArrived consumed", "health-assessment", childId, review.Id.ToString()), cancellationToken);
    }

    /// <summary>The same child in two notifications (a move within our area is a new placement) is one child to us.</summary>
    public static Guid ChildIdOf(string placingAuthorityCode, string placingAuthorityReference) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"placed-here:{placingAuthorityCode}:{placingAuthorityReference}")));
}
