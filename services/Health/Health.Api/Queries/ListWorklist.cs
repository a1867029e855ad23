using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Grpc;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Queries;

/// <summary>health.v1 <c>ListWorklist</c> and <c>GET /api/worklist</c>.</summary>
public sealed record WorklistFilter(bool OverdueOnly, int? DueWithinDays, AssessmentKind? Kind, string? Team, int Limit)
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 1000;

    /// <summary>Two years: every deadline the service sets (IHA, reviews, passport, SDQ) falls within it.</summary>
    public const int MaxDueWithinDays = 731;

    public static WorklistFilter From(bool overdueOnly, int dueWithinDays, string? kind, string? team, int limit)
    {
        var errors = new FieldErrors();
        if (dueWithinDays is < 0 or > MaxDueWithinDays)
        {
            errors.Add("due_within_days", $"must be between 1 and {MaxDueWithinDays}, or 0 for no limit.");
        }
        var parsedKind = ProtoEnum.Parse<AssessmentKind>(errors, "kind", kind, required: false);
        var parsedTeam = string.IsNullOrWhiteSpace(team) ? null : errors.OneOf("team", team, HealthChildRow.Teams);
        if (limit is < 0 or > MaxLimit)
        {
            errors.Add("limit", $"must be between 1 and {MaxLimit}, or 0 for {DefaultLimit}.");
        }
        errors.ThrowIfAny();
        return new WorklistFilter(overdueOnly, dueWithinDays == 0 ? null : dueWithinDays, parsedKind, parsedTeam, limit == 0 ? DefaultLimit : limit);
    }
}

public sealed record WorklistEntry(HealthAssessmentRow Assessment, string GivenName, string FamilyName, string Team, RagRating Rag);

/// <summary>The nurses' worklist: open items in deadline order, each with its days remaining and RAG status.</summary>
public sealed class ListWorklistHandler(HealthDbContext db)
{
    public async Task<IReadOnlyList<WorklistEntry>> ListAsync(WorklistFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var items = from assessment in db.Assessments.AsNoTracking()
                    join child in db.Children.AsNoTracking() on assessment.ChildId equals child.Id
                    where HealthAssessmentRow.OpenStatuses.Contains(assessment.Status)
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
