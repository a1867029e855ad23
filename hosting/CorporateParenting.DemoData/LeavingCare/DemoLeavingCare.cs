using static CorporateParenting.DemoData.DemoDates;
using System.Net;
using System.Text.Json;
using CorporateParenting.DemoData.VirtualSchool;
using CorporateParenting.Reporting;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.DemoData.LeavingCare;

/// <summary>
/// The Leaving Care part of the demo, through its REST API as the team would use it (docs/leaving-care.md §5.2, §7.3):
/// once its young people have arrived from Placements' events, four personal advisers; then, for those owed a personal
/// adviser, in a stable order, most allocated (some left to the team), most assessed, some reviewed lately and some
/// more than six months ago (so reviews are overdue); former relevant young people under 21 who were fostered at 18
/// staying put with their carers from the 18th birthday (some since moved on), and some assessed for staying close; and
/// for those in last year's care leaver return each, and in this year's most, with a contact in their window, an
/// accommodation and an activity (some of this year's left missing; some unsuitable or NEET).
/// </summary>
public sealed class DemoLeavingCare(HttpClient leavingCare, ILogger<DemoLeavingCare> logger)
{
    private const string Api = "/api/leaving-care";
    private static readonly string[] Advisers = ["Priya Shah", "Tom Walker", "Amina Yusuf", "Gareth Jones"];
    private static readonly string[] Accommodation = ["C1", "D1", "B1", "Z1", "E1", "S2", "T1", "U1"];
    private static readonly string[] Activity = ["F2", "P5", "G4", "F1", "P2", "G6", "F5"];
    private static readonly string[] Carers = ["Jo and Kim Hill", "Margaret Evans", "Daniel and Ruth Okafor", "Sue Patel"];
    private static readonly string[][] StayingCloseAreas = [["accommodation"], ["accommodation", "education-and-employment"], ["health", "relationships"]];

    private readonly DemoApi api = new(leavingCare);

    /// <param name="expectsYoungPeople">
    /// Whether the cohort is large enough to hold young people owed an adviser; a handful of children may hold none, and
    /// then the count settles at 0.
    /// </param>
    public async Task LoadAsync(DateOnly today, bool expectsYoungPeople, CancellationToken cancellationToken)
    {
        var owed = await OwedOnceSettledAsync(expectsYoungPeople, cancellationToken);
        var advisers = new List<Guid>();
        foreach (var name in Advisers)
        {
            var (_, adviser) = await api.SendAsync(HttpMethod.Post, $"{Api}/advisers", new { name }, cancellationToken);
            advisers.Add(adviser.GetProperty("id").GetGuid());
        }

        var (allocated, assessed, reviewed, overdue, inTouch) = (0, 0, 0, 0, 0);
        foreach (var (person, i) in owed.Select((p, i) => (p.Id, i)))
        {
            var path = $"{Api}/young-people/{person}";
            if (i % 6 != 5)
            {
                await api.SendAsync(HttpMethod.Put, $"{path}/adviser", new { adviserId = advisers[i % advisers.Count] }, cancellationToken,
                    HttpStatusCode.UnprocessableEntity); // allocated already on a second load
                allocated++;
            }
            if (i % 5 == 4)
            {
                continue; // not yet assessed: on the worklist
            }
            await Step(path, "needs-assessment", today.AddDays(-(200 + i % 300)), cancellationToken);
            assessed++;
            if (i % 3 == 0)
            {
                await Step(path, "review", today.AddDays(-(20 + i % 100)), cancellationToken);
                reviewed++;
            }
            else if (i % 3 == 1)
            {
                overdue++; // assessed over six months ago, never reviewed
            }
        }

        var (stayingPut, movedOn, stayingClose) = await StayingPutAndCloseAsync(owed, today, cancellationToken);

        // Last year's return complete, as it would have been sent; this year's so far, with some still to contact.
        var thisYear = CollectionYear.Containing(today);
        var lastYear = await InTouchAsync(new CollectionYear(thisYear.EndYear - 1), today, everyone: true, cancellationToken);
        inTouch = await InTouchAsync(thisYear, today, everyone: false, cancellationToken);

        logger.LogInformation(
            "Leaving Care: {Owed} young people owed a personal adviser ({Allocated} allocated, {Assessed} assessed, {Reviewed} reviewed, {Overdue} reviews overdue); {StayingPut} staying put ({MovedOn} since moved on), {StayingClose} assessed for staying close; {LastYear} in last year's return and {InTouch} in this year's with contacts recorded.",
            owed.Count, allocated, assessed, reviewed, overdue, stayingPut, movedOn, stayingClose, lastYear, inTouch);
    }

    /// <summary>
    /// For those in the year's return, a contact in the window with an accommodation and an activity from before the
    /// birthday; unless <paramref name="everyone"/>, one in four left without (on the "no contact" list while the window is open).
    /// </summary>
    private async Task<int> InTouchAsync(CollectionYear year, DateOnly today, bool everyone, CancellationToken ct)
    {
        var recorded = 0;
        foreach (var (row, i) in (await ReturnAsync(year, ct)).Select((r, i) => (r, i)))
        {
            if ((!everyone && i % 4 == 3) || row.WindowFirst > today)
            {
                continue;
            }
            var path = $"{Api}/young-people/{row.Id}";
            var on = row.WindowLast < today ? row.WindowLast : today;
            await Record(path, "contacts", new { on = Iso(on), inTouch = i % 9 == 8 ? "NO" : "YES", method = i % 2 == 0 ? "visit" : "phone" }, ct);
            var from = Earlier(row.Birthday.AddDays(-60), on); // known by the contact, which is no later than today
            var accommodation = Accommodation[i % Accommodation.Length];
            if (row.Age == 17 && accommodation is "Z1" or "Z2")
            {
                accommodation = "C1"; // not yet with former foster carers at 17 (rule 3001)
            }
            await Record(path, "accommodation", new { from = Iso(from), code = accommodation }, ct);
            await Record(path, "activity", new { from = Iso(from), code = Activity[i % Activity.Length] }, ct);
            recorded++;
        }
        return recorded;
    }

    /// <summary>
    /// Former relevant young people under 21: each asked to stay put from the 18th birthday (refused for those not fostered
    /// then, or already staying put on a second load), one in three of those since moved on; one in four assessed for
    /// staying close (skipped when an assessment is already held).
    /// </summary>
    private async Task<(int StayingPut, int MovedOn, int StayingClose)> StayingPutAndCloseAsync(IReadOnlyList<OwedPerson> owed, DateOnly today, CancellationToken ct)
    {
        var (stayingPut, movedOn, stayingClose) = (0, 0, 0);
        foreach (var (person, i) in owed.Where(p => p.Category == "former-relevant" && p.Age < 21).Select((p, i) => (p, i)))
        {
            var path = $"{Api}/young-people/{person.Id}";
            var eighteenth = person.DateOfBirth.AddYears(18);
            var (status, _) = await api.SendAsync(HttpMethod.Post, $"{path}/staying-put", new { carer = Carers[i % Carers.Length], startedOn = Iso(eighteenth) }, ct,
                HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict);
            if (status == HttpStatusCode.Created)
            {
                stayingPut++;
                var endedOn = eighteenth.AddDays(180 + 37 * i % 200);
                if (i % 3 == 2 && endedOn <= today)
                {
                    await api.SendAsync(HttpMethod.Put, $"{path}/staying-put/end", new { endedOn = Iso(endedOn), reason = "Moved on to a supported lodgings placement near college." }, ct);
                    movedOn++;
                }
            }
            if (i % 4 == 0 && (await api.GetAsync(path, ct)).GetProperty("stayingClose").GetArrayLength() == 0)
            {
                var areas = i % 8 == 0 ? StayingCloseAreas[i / 8 % StayingCloseAreas.Length] : [];
                await api.SendAsync(HttpMethod.Post, $"{path}/staying-close",
                    new { assessedOn = Iso(Later(today.AddDays(-(i % 60)), eighteenth)), supportNeeded = areas.Length > 0, areas, summary = areas.Length > 0 ? "Support agreed at the pathway plan review." : "Settled; no support needed now." }, ct);
                stayingClose++;
            }
        }
        return (stayingPut, movedOn, stayingClose);
    }

    /// <summary>Staying close is assessed for a former relevant young person, so not before the 18th birthday, when care has ended.</summary>
    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private Task Step(string path, string kind, DateOnly on, CancellationToken ct) =>
        api.SendAsync(HttpMethod.Post, $"{path}/pathway-plan", new { kind, on = Iso(on) }, ct);

    private Task Record(string path, string what, object body, CancellationToken ct) =>
        api.SendAsync(HttpMethod.Post, $"{path}/{what}", body, ct);

    private sealed record OwedPerson(Guid Id, string Category, DateOnly DateOfBirth, int Age);

    /// <summary>The young people owed a personal adviser, in name order, once the count has stopped changing for 20 seconds.</summary>
    private async Task<IReadOnlyList<OwedPerson>> OwedOnceSettledAsync(bool atLeastOne, CancellationToken ct)
    {
        await api.TotalOnceSettledAsync($"{Api}/young-people?pageSize=1", TimeSpan.FromSeconds(20), atLeastOne, ct);

        var owed = new List<OwedPerson>();
        foreach (var category in new[] { "eligible", "relevant", "former-relevant" })
        {
            for (var page = 1; ; page++)
            {
                var items = (await api.GetAsync($"{Api}/young-people?category={category}&page={page}&pageSize=200", ct)).GetProperty("items")
                    .EnumerateArray().Select(i => new OwedPerson(i.GetProperty("id").GetGuid(), category, Date(i, "dateOfBirth"), i.GetProperty("age").GetInt32())).ToList();
                owed.AddRange(items);
                if (items.Count < 200)
                {
                    break;
                }
            }
        }
        return owed;
    }

    private sealed record ReturnRow(Guid Id, DateOnly Birthday, int Age, DateOnly WindowFirst, DateOnly WindowLast);

    /// <summary>Those in the year's care leaver return, from each young person's OC3 (the list is a demo's size).</summary>
    private async Task<IReadOnlyList<ReturnRow>> ReturnAsync(CollectionYear year, CancellationToken ct)
    {
        var rows = new List<ReturnRow>();
        for (var page = 1; ; page++)
        {
            var items = (await api.GetAsync($"{Api}/young-people?page={page}&pageSize=200", ct)).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("id").GetGuid()).ToList();
            foreach (var id in items)
            {
                var (status, oc3) = await api.SendAsync(HttpMethod.Get, $"{Api}/young-people/{id}/oc3?year={year.Name}", null, ct, HttpStatusCode.UnprocessableEntity);
                if (status == HttpStatusCode.OK && oc3.GetProperty("row").ValueKind == JsonValueKind.Object)
                {
                    rows.Add(new ReturnRow(id, Date(oc3, "birthday"), oc3.GetProperty("age").GetInt32(), Date(oc3, "windowFirst"), Date(oc3, "windowLast")));
                }
            }
            if (items.Count < 200)
            {
                return rows;
            }
        }
    }

    private static DateOnly Date(JsonElement json, string name) => DateOnly.Parse(json.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

}
