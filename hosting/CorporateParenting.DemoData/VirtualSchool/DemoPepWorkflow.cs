using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.DemoData.VirtualSchool;

/// <summary>A pupil of the demo as the PEP workflow needs it: the key that orders pupils the same way on every run, and their school.</summary>
public sealed record DemoPepPupil(string StableKey, string? Urn);

/// <summary>
/// The PEP and Pupil Premium Plus part of the demo, through the Virtual School's REST API as its staff would use it: the
/// open PEPs the service made due from the cohort's events are written, submitted, returned, rated and completed by the
/// pattern of <see cref="DemoPeps"/>; then the financial year 2026-27 is opened (its rate is the demo's setting in the
/// AppHost), the funded targets of submitted and completed PEPs are allocated to the pupils' schools, completed PEPs get
/// a first term's release, and some of the retained share is spent.
/// </summary>
public sealed class DemoPepWorkflow(DemoApi api, ILogger logger)
{
    public const string FinancialYear = "2026-27";
    private const string Peps = "/api/virtual-school/peps";
    private const string Money = $"/api/virtual-school/pupil-premium-plus/{FinancialYear}";

    private sealed record OpenPep(Guid Id, Guid PupilId, string GivenName, string Kind, DateOnly DueOn, int Version);

    private sealed record FundedPep(Guid PupilId, string Urn, string Kind, DateOnly DueOn, IReadOnlyList<(Guid Id, decimal Funding, string What)> Targets, bool Completed);

    public async Task LoadAsync(IReadOnlyDictionary<Guid, DemoPepPupil> pupils, DateOnly today, CancellationToken cancellationToken)
    {
        var drafts = (await DraftsAsync(cancellationToken)).Where(p => pupils.ContainsKey(p.PupilId))
            .OrderBy(p => pupils[p.PupilId].StableKey, StringComparer.Ordinal).ThenBy(p => p.DueOn).ToList();
        var checklist = (await api.GetAsync($"{Peps}/quality-checklist", cancellationToken)).GetProperty("items").EnumerateArray()
            .Select(i => (Item: i.GetProperty("item").GetString()!, Mandatory: i.GetProperty("mandatory").GetBoolean())).ToList();
        var funded = new List<FundedPep>();
        var outcomes = new Dictionary<DemoPepOutcome, int>();
        var movedOn = 0;
        foreach (var (pep, index) in drafts.Select((p, i) => (p, i)))
        {
            var outcome = DemoPeps.OutcomeFor(index);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (outcome == DemoPepOutcome.Draft)
            {
                continue;
            }

            var path = $"{Peps}/{pep.Id}";
            if (await PepAsync(HttpMethod.Put, path,
                    new { version = pep.Version, content = DemoPeps.Content(pep.GivenName, today, index, partly: outcome == DemoPepOutcome.PartlyWritten) },
                    cancellationToken) is not { } edited)
            {
                movedOn++;
                continue;
            }
            if (outcome == DemoPepOutcome.PartlyWritten)
            {
                continue;
            }

            if (await PepAsync(HttpMethod.Post, $"{path}/submit", new { version = Version(edited) }, cancellationToken) is not { } submitted)
            {
                movedOn++;
                continue;
            }
            if (outcome == DemoPepOutcome.Returned)
            {
                await PepAsync(HttpMethod.Post, $"{path}/return", new { version = Version(submitted), reason = DemoPeps.ReturnReason }, cancellationToken);
                continue;
            }

            var completed = outcome == DemoPepOutcome.Completed;
            if (completed)
            {
                var amber = index % 4 == 3;
                var results = checklist.Select(c => new
                {
                    item = c.Item, met = c.Mandatory || !amber, comment = c.Mandatory || !amber ? null : "Say more: see the guidance.",
                });
                if (await PepAsync(HttpMethod.Post, $"{path}/quality",
                        new { version = Version(submitted), results, comments = amber ? "Adequate; see the items not met." : "A good plan." }, cancellationToken) is not { } rated
                    || await PepAsync(HttpMethod.Post, $"{path}/complete", new { version = Version(rated) }, cancellationToken) is null)
                {
                    movedOn++;
                    continue;
                }
            }

            var targets = edited.GetProperty("content").GetProperty("targets").EnumerateArray()
                .Select(t => (Id: t.GetProperty("id").GetGuid(), Funding: t.GetProperty("fundingRequested").GetDecimal(), What: t.GetProperty("what").GetString()!))
                .Where(t => t.Funding > 0).ToList();
            if (pupils[pep.PupilId].Urn is { } urn && targets.Count > 0)
            {
                funded.Add(new FundedPep(pep.PupilId, urn, pep.Kind, pep.DueOn, targets, completed));
            }
        }

        var (allocated, paid, refused) = await PupilPremiumPlusAsync(funded, cancellationToken);
        logger.LogInformation(
            "Virtual School PEPs: {Peps} open PEPs taken on ({Outcomes}; {MovedOn} moved on meanwhile and left); Pupil Premium Plus {Year}: {Allocated} allocations, {Paid} payments, {Refused} refused.",
            drafts.Count, string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Value} {o.Key}")), movedOn, FinancialYear, allocated, paid, refused);
    }

    private async Task<(int Allocated, int Paid, int Refused)> PupilPremiumPlusAsync(IReadOnlyList<FundedPep> funded, CancellationToken cancellationToken)
    {
        await api.SendAsync(HttpMethod.Post, Money, null, cancellationToken, HttpStatusCode.Conflict); // opened already on a second load
        var (allocated, paid, refused) = (0, 0, 0);
        foreach (var pep in funded)
        {
            var (status, allocation) = await api.SendAsync(HttpMethod.Post, $"{Money}/allocations", new
            {
                pupilId = pep.PupilId, urn = pep.Urn, targetIds = pep.Targets.Select(t => t.Id), amount = pep.Targets.Sum(t => t.Funding),
                why = $"{pep.Kind} PEP due {pep.DueOn:yyyy-MM-dd}: {string.Join("; ", pep.Targets.Select(t => t.What))}",
            }, cancellationToken, HttpStatusCode.UnprocessableEntity);
            if (status != HttpStatusCode.Created)
            {
                refused++; // the pot or the pupil's budget is spent: the ledger says no, as it would to staff
                continue;
            }

            allocated++;
            if (pep.Completed)
            {
                var first = pep.Targets[0];
                await api.SendAsync(HttpMethod.Post, $"{Money}/allocations/{allocation.GetProperty("id").GetGuid()}/payments",
                    new { amount = 400m, pepTargetId = first.Id, why = $"Autumn 2026 release: {first.What}" }, cancellationToken);
                paid++;
            }
        }

        var retained = (await api.GetAsync(Money, cancellationToken)).GetProperty("retained").GetDecimal();
        if (decimal.Floor(retained * 0.4m) is > 0 and var training)
        {
            await api.SendAsync(HttpMethod.Post, $"{Money}/retained-spending",
                new { amount = training, why = "Designated teacher training: the autumn conference and attachment-aware schools course" }, cancellationToken,
                HttpStatusCode.UnprocessableEntity); // spent already on a second load
        }

        return (allocated, paid, refused);
    }

    /// <summary>
    /// One step of the workflow; null when the PEP moved on meanwhile (an event or the PEP sweep changed or closed it:
    /// 409 or 422), and the demo leaves that PEP where it is.
    /// </summary>
    private async Task<JsonElement?> PepAsync(HttpMethod method, string path, object body, CancellationToken cancellationToken)
    {
        var (status, json) = await api.SendAsync(method, path, body, cancellationToken, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);
        return status is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity ? null : json;
    }

    private static int Version(JsonElement? pep) => pep!.Value.GetProperty("version").GetInt32();

    private async Task<IReadOnlyList<OpenPep>> DraftsAsync(CancellationToken cancellationToken)
    {
        var peps = new List<OpenPep>();
        for (var page = 1; ; page++)
        {
            var json = await api.GetAsync($"{Peps}?status=draft&page={page}&pageSize=200", cancellationToken);
            var items = json.GetProperty("items").EnumerateArray().Select(p => new OpenPep(
                p.GetProperty("id").GetGuid(), p.GetProperty("pupilId").GetGuid(), p.GetProperty("givenName").GetString()!,
                p.GetProperty("kind").GetString()!, DateOnly.Parse(p.GetProperty("dueOn").GetString()!), p.GetProperty("version").GetInt32())).ToList();
            peps.AddRange(items);
            if (items.Count == 0 || peps.Count >= json.GetProperty("total").GetInt32())
            {
                return peps;
            }
        }
    }
}
