using CorporateParenting.Health.V1;
using CorporateParenting.Reporting;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using HealthClient = CorporateParenting.Health.V1.Health.HealthClient;

namespace CorporateParenting.DemoData.Health;

/// <summary>
/// The Health part of the demo, through health.v1 as the looked-after children's nurses would record it (docs/health.md
/// §5.1, §7): once Health's OC2 cohort of the last collection year has arrived from Placements' events, a carer's SDQ in
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
        var last = await SdqsAsync(new CollectionYear(lastEnded), everyChild: true, nurse, ct);
        var current = await SdqsAsync(new CollectionYear(lastEnded + 1), everyChild: false, nurse, ct);
        logger.LogInformation("Health: {Last} SDQs recorded for {LastYear}'s OC2 cohort, {Current} for {CurrentYear}'s so far.",
            last, new CollectionYear(lastEnded).Name, current, new CollectionYear(lastEnded + 1).Name);
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
                ClientRequestId = $"demo-sdq-{year.EndYear}-{childId}", ChildId = childId, CompletedOn = completedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
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
