using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.PathwayPlans;
using LeavingCare.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Queries;

/// <summary>
/// <c>GET /api/leaving-care/worklist</c>: kind (allocate-personal-adviser, needs-assessment, pathway-plan-review,
/// staying-put-ends, staying-close-assessment), owner, overdue, dueWithinDays (due by that many days from today, overdue
/// included; 0 to 366), paged.
/// </summary>
public sealed record WorklistFilter(OpenDutyKind? Kind, string? Owner, bool OverdueOnly, int Skip, int Take, int? DueWithinDays = null)
{
    public static readonly IReadOnlyDictionary<string, OpenDutyKind> Kinds = new Dictionary<string, OpenDutyKind>
    {
        ["allocate-personal-adviser"] = OpenDutyKind.AllocatePersonalAdviser,
        ["needs-assessment"] = OpenDutyKind.NeedsAssessment,
        ["pathway-plan-review"] = OpenDutyKind.PathwayPlanReview,
        ["staying-put-ends"] = OpenDutyKind.StayingPutEnds,
        ["staying-close-assessment"] = OpenDutyKind.StayingCloseAssessment,
    };

    public static WorklistFilter From(string? kind, string? owner, bool overdue, int? dueWithinDays, int page, int pageSize)
    {
        var errors = new FieldErrors();
        var parsed = errors.OptionalOneOf("kind", kind, [.. Kinds.Keys]);
        var ownedBy = errors.Optional("owner", owner, maxLength: 200);
        if (dueWithinDays is < 0 or > 366)
        {
            errors.Add("dueWithinDays", $"must be 0 to 366; {dueWithinDays} was sent.");
        }
        errors.ThrowIfAny();
        var (skip, take) = Paging.Validate(page, pageSize);
        return new WorklistFilter(parsed is null ? null : Kinds[parsed], ownedBy, overdue, skip, take, dueWithinDays);
    }
}

public sealed record WorklistItem(Guid YoungPersonId, string GivenName, string FamilyName, string Category, string Kind, DateOnly DueOn, bool IsOverdue, string Owner);

/// <summary>
/// Every open duty of every young person owed a personal adviser and a pathway plan (docs/leaving-care.md §5.1, §5.2,
/// §6), soonest due first: <see cref="OpenDuties"/> over what the service holds (<see cref="YoungPersonRecords"/>). Owned
/// by the adviser, or by the team until one is allocated.
/// </summary>
public sealed class ListWorklistHandler(LeavingCareDbContext db, YoungPersonRecords records)
{
    public async Task<Page<WorklistItem>> HandleAsync(WorklistFilter filter, DateOnly today, CancellationToken ct)
    {
        var people = await db.YoungPeople.AsNoTracking().Where(p => YoungPersonRecords.Owed.Contains(p.Category)).ToListAsync(ct);
        var held = await records.ForAsync(people, ct);

        var items = new List<WorklistItem>();
        foreach (var person in people)
        {
            items.AddRange(records.OpenDutiesOn(held[person.Id].Record, today)
                .Where(d => filter.Kind is null || d.Kind == filter.Kind)
                .Where(d => filter.Owner is null || d.Owner == filter.Owner)
                .Select(d => new WorklistItem(person.Id, person.GivenName, person.FamilyName, person.Category, Code(d.Kind), d.DueOn,
                    PathwayPlanDeadlines.IsOverdue(d.DueOn, today), d.Owner))
                .Where(i => !filter.OverdueOnly || i.IsOverdue)
                .Where(i => filter.DueWithinDays is not { } days || i.DueOn <= today.AddDays(days)));
        }

        var ordered = items.OrderBy(i => i.DueOn).ThenBy(i => i.FamilyName).ThenBy(i => i.YoungPersonId).ToList();
        return new Page<WorklistItem>([.. ordered.Skip(filter.Skip).Take(filter.Take)], ordered.Count);
    }

    public static string Code(OpenDutyKind kind) => WorklistFilter.Kinds.Single(k => k.Value == kind).Key;
}
