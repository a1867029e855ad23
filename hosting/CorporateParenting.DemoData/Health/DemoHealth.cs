using static CorporateParenting.DemoData.DemoDates;
using CorporateParenting.Health.V1;
using CorporateParenting.Reporting;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using HealthClient = CorporateParenting.Health.V1.Health.HealthClient;

namespace CorporateParenting.DemoData.Health;

/// <summary>
/// The Health part of the demo, through health.v1 as the looked-after children's nurses would record it (docs/health.md
/// §5.1, §7): the initial and review health assessments the histories made due, most on time; dental and immunisation
/// checks in the last collection year for most of its OC2 cohort; once that cohort has arrived from Placements' events, a carer's SDQ in
/// that year for every child who needs one (so the year's return is complete), and for most of this year's cohort so
/// far (the rest left on the nurses' list). Scores are drawn so that their average is near the national 14.7
/// (docs/reference-figures.md §4).
/// </summary>
public sealed class DemoHealth(HealthClient health, ILogger<DemoHealth> logger)
{
    private const int Items = 25;

    public async Task LoadAsync(DateOnly today, Metadata nurse, CancellationToken ct)
    {
        var lastEnded = CollectionYear.Containing(today).EndYear - 1;
        var (completed, leftOverdue) = await AssessmentsAsync(today, nurse, ct);
        var (teeth, immunisations) = await ChecksAsync(new CollectionYear(lastEnded), nurse, ct);
        var last = await SdqsAsync(new CollectionYear(lastEnded), everyChild: true, nurse, ct);
        var current = await SdqsAsync(new CollectionYear(lastEnded + 1), everyChild: false, nurse, ct);
        logger.LogInformation(
            "Health: {Completed} initial and review health assessments completed ({Overdue} left overdue); {Teeth} dental and {Immunisations} immunisation checks in {LastYear}, and {Last} SDQs for its OC2 cohort; {Current} SDQs for {CurrentYear}'s so far.",
            completed, leftOverdue, teeth, immunisations, new CollectionYear(lastEnded).Name, last, current, new CollectionYear(lastEnded + 1).Name);
    }

    /// <summary>
    /// The initial and review health assessments the cohort's histories made due, completed as the nurses would have
    /// recorded them, round after round, since each completed one opens the next review: most a few days before they were
    /// due, one in eight late, and one in twelve not done, left overdue on the worklist (with the reviews it holds back).
    /// </summary>
    private async Task<(int Completed, int LeftOverdue)> AssessmentsAsync(DateOnly today, Metadata nurse, CancellationToken ct)
    {
        var leftOverdue = new HashSet<string>(StringComparer.Ordinal);
        var completed = 0;
        for (var round = 0; round < 60; round++)
        {
            var worklist = await health.ListWorklistAsync(new ListWorklistRequest { OverdueOnly = true, Limit = 1000 }, nurse, cancellationToken: ct);
            var due = worklist.Items.Select(i => i.Assessment)
                .Where(a => a.Kind is "INITIAL" or "REVIEW" && !leftOverdue.Contains(a.AssessmentId)).ToList();
            if (due.Count == 0)
            {
                break;
            }
            foreach (var assessment in due)
            {
                var draw = Draw(assessment.ChildId + assessment.DueOn);
                if (draw % 12 == 0)
                {
                    leftOverdue.Add(assessment.AssessmentId);
                    continue;
                }
                var dueOn = FromIso(assessment.DueOn);
                var on = draw % 8 == 1 ? dueOn.AddDays(5 + draw % 20) : dueOn.AddDays(-(draw % 10));
                var since = FromIso(assessment.LookedAfterSince);
                on = on < since ? since : on > today ? today : on;
                var initial = assessment.Kind == "INITIAL";
                await health.RecordAssessmentEventAsync(new RecordAssessmentEventRequest
                {
                    ClientRequestId = $"demo-assessment-{assessment.AssessmentId}", AssessmentId = assessment.AssessmentId, Event = "COMPLETED",
                    OccurredOn = Iso(on), Clinician = initial ? "Dr Helen Marsh" : "Nurse Sam Okoro", ClinicianRole = initial ? "DOCTOR" : "NURSE",
                }, nurse, cancellationToken: ct);
                completed++;
            }
        }
        return (completed, leftOverdue.Count);
    }

    /// <summary>
    /// A dental check in the year for about four in five of its OC2 cohort and an immunisation check for about five in six
    /// (up to date for most), near the national shares (docs/reference-figures.md §4: teeth 79%, immunisations 82%).
    /// </summary>
    private async Task<(int Teeth, int Immunisations)> ChecksAsync(CollectionYear year, Metadata nurse, CancellationToken ct)
    {
        var children = new List<string>();
        using (var call = health.StreamOc2(new StreamOc2Request { YearEnding = year.EndYear }, nurse, cancellationToken: ct))
        {
            await foreach (var row in call.ResponseStream.ReadAllAsync(ct))
            {
                children.Add(row.ChildId);
            }
        }
        var (teeth, immunisations) = (0, 0);
        foreach (var (childId, i) in children.Select((c, i) => (c, i)))
        {
            var on = year.Start.AddDays(40 + i * 13 % 300);
            if (i % 5 != 4)
            {
                await health.RecordHealthCheckAsync(new RecordHealthCheckRequest
                {
                    ClientRequestId = $"demo-dental-{year.EndYear}-{childId}", ChildId = childId, Kind = "DENTAL", CheckedOn = Iso(on),
                    CheckedBy = "Derwent Dental Practice", ClinicianRole = "DENTIST",
                }, nurse, cancellationToken: ct);
                teeth++;
            }
            if (i % 6 != 5)
            {
                await health.RecordHealthCheckAsync(new RecordHealthCheckRequest
                {
                    ClientRequestId = $"demo-immunisations-{year.EndYear}-{childId}", ChildId = childId, Kind = "IMMUNISATIONS", CheckedOn = Iso(on.AddDays(7)),
                    CheckedBy = "Nurse Sam Okoro", ClinicianRole = "NURSE", ImmunisationsUpToDate = i % 13 != 12,
                }, nurse, cancellationToken: ct);
                immunisations++;
            }
        }
        return (teeth, immunisations);
    }

    /// <summary>A stable draw from a text (string.GetHashCode differs from run to run).</summary>
    private static int Draw(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }
            return (int)(hash % 1000);
        }
    }


    /// <summary>
    /// A carer's SDQ, dated in the year and no later than today, for each cohort child the return says needs one (rule
    /// 186); on a second load they are recorded already and none is needed.
    /// </summary>
    private async Task<int> SdqsAsync(CollectionYear year, bool everyChild, Metadata nurse, CancellationToken ct)
    {
        var needed = new List<string>();
        using (var call = health.StreamOc2(new StreamOc2Request { YearEnding = year.EndYear }, nurse, cancellationToken: ct))
        {
            await foreach (var row in call.ResponseStream.ReadAllAsync(ct))
            {
                if (row.Findings.Any(f => f.Field == "SDQ_SCORE"))
                {
                    needed.Add(row.ChildId);
                }
            }
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var recorded = 0;
        foreach (var (childId, i) in needed.Select((c, i) => (c, i)))
        {
            if (!everyChild && i % 5 == 4)
            {
                continue; // not yet returned: on the nurses' list
            }
            var completedOn = year.Start.AddDays(60 + i * 7 % 240);
            if (completedOn > today)
            {
                completedOn = today;
            }
            await health.SubmitSdqAsync(new SubmitSdqRequest
            {
                ClientRequestId = $"demo-sdq-{year.EndYear}-{childId}", ChildId = childId, CompletedOn = Iso(completedOn),
                Informant = "CARER", Form = "AGES_4_TO_17", CompletedBy = "Foster carer", Responses = { Responses(i) },
            }, nurse, cancellationToken: ct);
            recorded++;
        }
        return recorded;
    }

    /// <summary>
    /// 25 answers of 0, 1 or 2, fixed for a child's place in the list. An answer averages 0.47, so that the total
    /// difficulties score (20 items, 5 of them scored in reverse: 15 × 0.47 + 5 × 1.53) averages about 14.7.
    /// </summary>
    private static IEnumerable<int> Responses(int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, Items).Select(_ => random.NextDouble() switch { < 0.6 => 0, < 0.93 => 1, _ => 2 });
    }
}
