using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.PathwayPlans;
using LeavingCare.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Queries;

/// <summary>
/// <c>GET /api/leaving-care/worklist</c>: kind (allocate-personal-adviser, needs-assessment, pathway-plan-review), owner,
/// overdue, dueWithinDays (due by that many days from today, overdue included; 0 to 366), paged.
/// </summary>
public sealed record WorklistFilter(OpenDutyKind? Kind, string? Owner, bool OverdueOnly, int Skip, int Take, int? DueWithinDays = null)
{
    public static readonly IReadOnlyDictionary<string, OpenDutyKind> Kinds = new Dictionary<string, OpenDutyKind>
    {
        ["allocate-personal-adviser"] = OpenDutyKind.AllocatePersonalAdviser,
        ["needs-assessment"] = OpenDutyKind.NeedsAssessment,
        ["pathway-plan-review"] = OpenDutyKind.PathwayPlanReview,
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
/// Every open duty of every young person owed a personal adviser and a pathway plan (docs/leaving-care.md §5.1, §5.2),
/// soonest due first: <see cref="OpenDuties"/> over what the service holds (the category's status history for the day
/// the duties began, the open allocation, the pathway plan's steps). Owned by the adviser, or by the team until one is
/// allocated.
/// </summary>
public sealed class ListWorklistHandler(LeavingCareDbContext db)
{
    public const string Team = "Leaving care team";
    private static readonly string[] Owed = ["eligible", "relevant", "former-relevant"];

    public async Task<Page<WorklistItem>> HandleAsync(WorklistFilter filter, DateOnly today, CancellationToken ct)
    {
        var people = await db.YoungPeople.AsNoTracking().Where(p => Owed.Contains(p.Category)).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var statuses = (await db.Statuses.AsNoTracking().Where(s => ids.Contains(s.YoungPersonId)).OrderBy(s => s.Id).ToListAsync(ct))
            .ToLookup(s => s.YoungPersonId);
        var advisers = await YoungPeople.AdviserNamesAsync(db, ids, ct);
        var steps = (await db.Set<PathwayPlanStepRow>().AsNoTracking().Where(s => ids.Contains(s.YoungPersonId)).ToListAsync(ct)).ToLookup(s => s.YoungPersonId);

        var items = new List<WorklistItem>();
        foreach (var person in people)
        {
            var own = steps[person.Id].ToList();
            var assessed = own.Where(s => s.Kind == PathwayPlanStepRow.NeedsAssessment).Select(s => (DateOnly?)s.On).Max();
            var reviewed = own.Where(s => s.Kind == PathwayPlanStepRow.Review).Select(s => (DateOnly?)s.On).Max();
            var asked = own.Where(s => s.Kind == PathwayPlanStepRow.ReviewRequested && s.On > (reviewed ?? assessed ?? DateOnly.MinValue)).Select(s => (DateOnly?)s.On).Min();
            var record = new YoungPersonRecord(CareLeaverStatusEvaluation.HistoryOf(person), OwedSince(statuses[person.Id]),
                advisers.GetValueOrDefault(person.Id), assessed, reviewed, asked, CareLeaverStatusEvaluation.DeterminationOf(person),
                CareLeaverStatusEvaluation.ChoicesOf(person));
            items.AddRange(OpenDuties.On(record, today, Team)
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

    /// <summary>The day the latest unbroken run of categories owing a personal adviser began.</summary>
    private static DateOnly? OwedSince(IEnumerable<CareLeaverStatusRow> history)
    {
        DateOnly? since = null;
        foreach (var status in history)
        {
            since = Owed.Contains(status.Category) ? since ?? status.From : null;
        }
        return since;
    }

    private static string Code(OpenDutyKind kind) => WorklistFilter.Kinds.Single(k => k.Value == kind).Key;
}
