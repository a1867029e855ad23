using System.Runtime.CompilerServices;
using CorporateParenting.Calendar;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Data;
using Health.Api.Infrastructure;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Queries;

/// <summary>
/// What one collection year's OC2 figures read, as flat projections grouped in memory, a page of children at a time
/// (<see cref="KeysetPages"/>) so only one page is ever held: the Board's measures (every child), the return's rows
/// and one child's OC2 row read the same records the same way.
/// </summary>
/// <remarks>
/// How stored items feed OC2: a completed dental check is a teeth check; a completed immunisations check says whether
/// they were up to date that day; a completed IHA or review of an under-5 is their health surveillance check (health
/// visitors do both at once). Only carer SDQs count (rule 180); the domain applies that.
/// </remarks>
internal static class HealthRecordsOfYear
{
    public const int PageSize = KeysetPages.DefaultPageSize;

    /// <param name="childId">One child, or every child when null.</param>
    /// <returns>The records in child id order.</returns>
    public static async IAsyncEnumerable<(Guid ChildId, ChildHealthRecord Record)> ReadAsync(
        HealthDbContext db, CollectionYear year, Guid? childId, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Only what the year can use: children in our care at some point of it (those placed here by other authorities
        // are theirs to report), the assessments due, completed or begun in it, its SDQs and its outcome events. Years of
        // older history stay unread. The pages run over the periods' indexed child ids, so each page's query stops at
        // its last id.
        var (start, end) = (year.Start, year.End);
        var inCare = db.PeriodsOfCare.Where(p => p.StartedOn <= end && (p.EndedOn == null || p.EndedOn >= start)
            && (childId == null || p.ChildId == childId)).Select(p => p.ChildId);
        await foreach (var page in KeysetPages.PagesAsync(inCare, pageSize, cancellationToken))
        {
            foreach (var record in await LoadPageAsync(db, year, page, cancellationToken))
            {
                yield return record;
            }
        }
    }

    private static async Task<List<(Guid ChildId, ChildHealthRecord Record)>> LoadPageAsync(
        HealthDbContext db, CollectionYear year, IReadOnlyList<Guid> page, CancellationToken cancellationToken)
    {
        var (start, end) = (year.Start, year.End);
        var children = await db.Children.AsNoTracking().Where(c => c.PlacingAuthorityCode == null && page.Contains(c.Id))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.DateOfBirth }).ToListAsync(cancellationToken);
        var periods = (await db.PeriodsOfCare.AsNoTracking().Where(p => p.StartedOn != null && page.Contains(p.ChildId))
                .Select(p => new { p.ChildId, Start = p.StartedOn!.Value, End = p.EndedOn, p.IsShortBreaks }).ToListAsync(cancellationToken))
            .ToLookup(p => p.ChildId, p => new CarePeriod(p.Start, p.End, p.IsShortBreaks));
        var assessments = (await db.Assessments.AsNoTracking()
                .Where(a => page.Contains(a.ChildId))
                .Where(a => (a.CompletedOn >= start && a.CompletedOn <= end) || (a.DueOn >= start && a.DueOn <= end)
                    || ((a.Kind == AssessmentKind.Initial || a.Kind == AssessmentKind.HistoryToRecord) && a.LookedAfterSince >= start && a.LookedAfterSince <= end))
                .Select(a => new { a.ChildId, a.Kind, a.Status, a.LookedAfterSince, a.DueOn, a.CompletedOn, a.ImmunisationsUpToDate })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ChildId);
        var sdqs = (await db.Sdqs.AsNoTracking().Where(s => page.Contains(s.ChildId) && s.CompletedOn >= start && s.CompletedOn <= end)
                .Select(s => new { s.ChildId, s.CompletedOn, s.Informant, s.TotalDifficulties }).ToListAsync(cancellationToken))
            .ToLookup(s => s.ChildId, s => new SdqSummary(s.CompletedOn, s.Informant, s.TotalDifficulties));
        var outcomeEvents = (await db.OutcomeEvents.AsNoTracking()
                .Where(e => page.Contains(e.ChildId) && e.OccurredOn >= start && e.OccurredOn <= end)
                .Select(e => new { e.ChildId, e.Kind, e.OccurredOn, e.SdqReason }).ToListAsync(cancellationToken))
            .ToLookup(e => e.ChildId, e => new OutcomeEvent(e.Kind, e.OccurredOn, e.SdqReason));

        var records = new List<(Guid, ChildHealthRecord)>(children.Count);
        foreach (var child in children)
        {
            var childAssessments = assessments[child.Id].ToList();
            var completed = childAssessments.Where(a => a.Status == AssessmentStatus.Completed).ToList();
            var fifthBirthday = Birthdays.Nth(child.DateOfBirth, 5);
            records.Add((child.Id, new ChildHealthRecord(child.DateOfBirth, [.. periods[child.Id]])
            {
                Assessments = [.. childAssessments.Where(a => a.Kind is AssessmentKind.Initial or AssessmentKind.Review or AssessmentKind.HistoryToRecord)
                    .Select(a => new AssessmentRecord(a.Kind, a.Status, a.LookedAfterSince, a.DueOn, a.CompletedOn))],
                DentalChecks = [.. completed.Where(a => a.Kind == AssessmentKind.Dental).Select(a => a.CompletedOn!.Value)],
                Immunisations = [.. completed.Where(a => a.Kind == AssessmentKind.Immunisations)
                    .Select(a => new ImmunisationStatus(a.CompletedOn!.Value, a.ImmunisationsUpToDate == true))],
                HealthSurveillanceChecks = [.. completed.Where(a => a.Kind is AssessmentKind.Initial or AssessmentKind.Review && a.CompletedOn < fifthBirthday)
                    .Select(a => a.CompletedOn!.Value)],
                Sdqs = [.. sdqs[child.Id]],
                OutcomeEvents = [.. outcomeEvents[child.Id]],
            }));
        }
        return records;
    }
}
