using Health.Api.Infrastructure;
using Health.Api.Model;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Application;

public sealed record WorklistFilter(bool OverdueOnly, int? DueWithinDays, AssessmentKind? Kind, string? Team, int Limit);

public sealed record WorklistEntry(HealthAssessment Assessment, string GivenName, string FamilyName, string Team, RagRating Rag);

/// <summary>The nurses' worklist: open items in deadline order, each with its days remaining and RAG status.</summary>
public sealed class WorklistQuery(HealthDbContext db)
{
    public async Task<IReadOnlyList<WorklistEntry>> ListAsync(WorklistFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var items = from assessment in db.Assessments.AsNoTracking()
                    join child in db.Children.AsNoTracking() on assessment.ChildId equals child.Id
                    where AssessmentQueries.OpenStatuses.Contains(assessment.Status)
                    select new { assessment, child.GivenName, child.FamilyName, child.Team };
        if (filter.OverdueOnly)
        {
            items = items.Where(i => i.assessment.DueOn < today);
        }
        if (filter.DueWithinDays is int days)
        {
            var until = today.AddDays(days);
            items = items.Where(i => i.assessment.DueOn <= until);
        }
        if (filter.Kind is { } kind)
        {
            items = items.Where(i => i.assessment.Kind == kind);
        }
        if (filter.Team is { } team)
        {
            items = items.Where(i => i.Team == team);
        }
        var rows = await items.OrderBy(i => i.assessment.DueOn).ThenBy(i => i.assessment.Id).Take(filter.Limit).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WorklistEntry(r.assessment, r.GivenName, r.FamilyName, r.Team, RagRating.For(r.assessment.DueOn, today)))];
    }
}
