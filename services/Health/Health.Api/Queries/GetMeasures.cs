using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Infrastructure;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Queries;

/// <summary>health.v1 <c>GetMeasures</c>: the OC2 health figures of one collection year.</summary>
public static class GetMeasuresQuery
{
    public static CollectionYear From(int yearEnding)
    {
        if (yearEnding is < 2000 or > 2100)
        {
            var errors = new FieldErrors();
            errors.Add("year_ending", "must be the year the collection year ends in, e.g. 2026 for April 2025 to March 2026.");
            errors.ThrowIfAny();
        }
        return new CollectionYear(yearEnding);
    }
}

/// <summary>
/// The OC2 health figures: the year's children, periods, assessments and SDQs read as flat projections in four queries,
/// grouped in memory, then the domain's single-pass calculation.
/// </summary>
/// <remarks>
/// How stored items feed the measures: a completed dental check is a teeth check; a completed immunisations check
/// says whether they were up to date that day; a completed IHA or review of an under-5 is their health surveillance check
/// (health visitors do both at once). Only carer SDQs count (rule 180); the calculator applies that.
/// </remarks>
public sealed class GetMeasuresHandler(HealthDbContext db)
{
    public async Task<Oc2HealthMeasures> HandleAsync(CollectionYear year, CancellationToken cancellationToken)
    {
        // Only what the year can use: children in our care at some point of it (those placed here by other authorities
        // are theirs to report), the assessments due, completed or begun in it, and its SDQs. Years of older history stay unread.
        var (start, end) = (year.Start, year.End);
        var relevant = db.PeriodsOfCare.Where(p => p.StartedOn <= end && (p.EndedOn == null || p.EndedOn >= start)).Select(p => p.ChildId);
        var children = await db.Children.AsNoTracking().Where(c => c.PlacingAuthorityCode == null && relevant.Contains(c.Id))
            .Select(c => new { c.Id, c.DateOfBirth }).ToListAsync(cancellationToken);
        var periods = (await db.PeriodsOfCare.AsNoTracking().Where(p => p.StartedOn != null && relevant.Contains(p.ChildId))
                .Select(p => new { p.ChildId, Start = p.StartedOn!.Value, End = p.EndedOn, p.IsShortBreaks }).ToListAsync(cancellationToken))
            .ToLookup(p => p.ChildId, p => new CarePeriod(p.Start, p.End, p.IsShortBreaks));
        var assessments = (await db.Assessments.AsNoTracking()
                .Where(a => (a.CompletedOn >= start && a.CompletedOn <= end) || (a.DueOn >= start && a.DueOn <= end)
                    || ((a.Kind == AssessmentKind.Initial || a.Kind == AssessmentKind.HistoryToRecord) && a.LookedAfterSince >= start && a.LookedAfterSince <= end))
                .Select(a => new { a.ChildId, a.Kind, a.Status, a.LookedAfterSince, a.DueOn, a.CompletedOn, a.ImmunisationsUpToDate })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ChildId);
        var sdqs = (await db.Sdqs.AsNoTracking().Where(s => s.CompletedOn >= start && s.CompletedOn <= end)
                .Select(s => new { s.ChildId, s.CompletedOn, s.Informant, s.TotalDifficulties }).ToListAsync(cancellationToken))
            .ToLookup(s => s.ChildId, s => new SdqSummary(s.CompletedOn, s.Informant, s.TotalDifficulties));

        var records = new List<ChildHealthRecord>(children.Count);
        foreach (var child in children)
        {
            var childAssessments = assessments[child.Id].ToList();
            var completed = childAssessments.Where(a => a.Status == AssessmentStatus.Completed).ToList();
            var fifthBirthday = CorporateParenting.Calendar.Birthdays.Nth(child.DateOfBirth, 5);
            records.Add(new ChildHealthRecord(child.DateOfBirth, [.. periods[child.Id]])
            {
                Assessments = [.. childAssessments.Where(a => a.Kind is AssessmentKind.Initial or AssessmentKind.Review or AssessmentKind.HistoryToRecord)
                    .Select(a => new AssessmentRecord(a.Kind, a.Status, a.LookedAfterSince, a.DueOn, a.CompletedOn))],
                DentalChecks = [.. completed.Where(a => a.Kind == AssessmentKind.Dental).Select(a => a.CompletedOn!.Value)],
                Immunisations = [.. completed.Where(a => a.Kind == AssessmentKind.Immunisations)
                    .Select(a => new ImmunisationStatus(a.CompletedOn!.Value, a.ImmunisationsUpToDate == true))],
                HealthSurveillanceChecks = [.. completed.Where(a => a.Kind is AssessmentKind.Initial or AssessmentKind.Review && a.CompletedOn < fifthBirthday)
                    .Select(a => a.CompletedOn!.Value)],
                Sdqs = [.. sdqs[child.Id]],
            });
        }
        return Oc2HealthMeasuresCalculator.Calculate(records, year);
    }
}
