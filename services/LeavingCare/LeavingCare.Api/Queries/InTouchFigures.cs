using System.Runtime.CompilerServices;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Data;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.InTouch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeavingCare.Api.Queries;

/// <summary>England's figures for the same measure (docs/reference-figures.md §5), where DfE publishes one.</summary>
public sealed record NationalFigures(int? InTouchPercent, int? SuitableAccommodationPercent, int? EetPercent);

/// <summary>One age band of the care leaver return: how many, and the share in touch, in suitable accommodation and in EET.</summary>
public sealed record InTouchBand(string Ages, string YoungPeople, string? InTouchPercent, string? SuitableAccommodationPercent, string? EetPercent, NationalFigures National);

public sealed record InTouchFiguresView(string Year, IReadOnlyList<InTouchBand> Bands, int? SuppressedBelow);

/// <summary>A young person in the return whose window around the birthday is open or near and who has no contact in it yet.</summary>
public sealed record NoContactItem(Guid YoungPersonId, string GivenName, string FamilyName, DateOnly Birthday, int Age, DateOnly WindowFirst, DateOnly WindowLast, string? PersonalAdviser);

/// <summary>
/// The care leaver return across the cohort (docs/leaving-care.md §7.4): the Board's measures by age band (17–18,
/// 19–21, 22–25) beside England's, each share of everyone in the band (not in touch or not known counts against it), and
/// the birthdays coming up with no contact in their window yet. The return is read <paramref name="pageSize"/> young
/// people at a time (default 1,000; smaller only in tests), so a national cohort is never held whole.
/// </summary>
public sealed class InTouchFiguresHandler(LeavingCareDbContext db, IOptions<ContactWindowOptions> window, int pageSize = KeysetPages.DefaultPageSize)
{
    private static readonly IReadOnlyDictionary<string, NationalFigures> National = new Dictionary<string, NationalFigures>
    {
        ["17-18"] = new(null, 91, null),
        ["19-21"] = new(92, 88, 52),
        ["22-25"] = new(58, null, null),
    };

    public async Task<InTouchFiguresView> FiguresAsync(CollectionYear year, int? smallNumberThreshold, CancellationToken ct)
    {
        var counts = await CountsAsync(year, ct);
        string Count(int n) => smallNumberThreshold is { } t ? SmallNumbers.Show(n, t) : $"{n}";
        string? Percent(int? part, int whole) =>
            part is not { } n || whole == 0 ? null : smallNumberThreshold is { } t && whole < t ? "c" : $"{Math.Round(100m * n / whole, 1)}";
        return new InTouchFiguresView(year.Name, [.. counts.Select(band => new InTouchBand(band.Band.Ages, Count(band.YoungPeople),
            Percent(band.InTouch, band.YoungPeople), Percent(band.SuitableAccommodation, band.YoungPeople),
            Percent(band.InEducationEmploymentOrTraining, band.YoungPeople), National[band.Band.Ages]))], smallNumberThreshold);
    }

    /// <summary>The year's return counted by age band (<see cref="Oc3Measures"/>), exact: the REST figures and leavingcare.v1 <c>GetMeasures</c> read it.</summary>
    public async Task<IReadOnlyList<Oc3BandCounts>> CountsAsync(CollectionYear year, CancellationToken ct)
    {
        var tally = new Oc3MeasuresTally();
        await foreach (var (_, view) in RowsAsync(year, ct))
        {
            tally.Add(view.Age, view.Row!);
        }
        return tally.Counts;
    }

    public async Task<IReadOnlyList<NoContactItem>> NoContactAsync(DateOnly today, int withinDays, CancellationToken ct)
    {
        var items = new List<NoContactItem>();
        await foreach (var (person, view) in RowsAsync(CollectionYear.Containing(today), ct))
        {
            if (view.Missing.Contains(NoContactInWindow) && view.WindowFirst <= today.AddDays(withinDays) && view.WindowLast >= today)
            {
                items.Add(new NoContactItem(person.Id, person.GivenName, person.FamilyName, view.Birthday, view.Age, view.WindowFirst, view.WindowLast, null));
            }
        }
        var advisers = await YoungPeople.AdviserNamesAsync(db, [.. items.Select(i => i.YoungPersonId)], ct);
        return [.. items.OrderBy(i => i.WindowLast).Select(i => i with { PersonalAdviser = advisers.GetValueOrDefault(i.YoungPersonId) })];
    }

    private const string NoContactInWindow = "no contact in the window";

    /// <summary>
    /// Everyone in the year's return (17 to 25 at its end, and the cohort's rules pass) with their OC3, in id order, a page
    /// at a time: what the SSDA903 export takes (leavingcare.v1 ListOc3Rows).
    /// </summary>
    public async IAsyncEnumerable<(YoungPersonRow Person, Oc3View View)> RowsAsync(CollectionYear year, [EnumeratorCancellation] CancellationToken ct)
    {
        var (youngest, oldest) = (year.End.AddYears(-17), year.End.AddYears(-26));
        var ids = db.YoungPeople.Where(p => p.DateOfBirth <= youngest && p.DateOfBirth > oldest).Select(p => p.Id);
        await foreach (var page in KeysetPages.PagesAsync(ids, pageSize, ct))
        {
            var people = await db.YoungPeople.AsNoTracking().Where(p => page.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            var records = (await db.Set<InTouchRecordRow>().AsNoTracking().Where(r => page.Contains(r.YoungPersonId)).ToListAsync(ct))
                .ToLookup(r => r.YoungPersonId);
            foreach (var person in page.Select(id => people[id]))
            {
                var view = GetOc3ReportHandler.Report(person, [.. records[person.Id]], year, window.Value);
                if (view.Row is not null)
                {
                    yield return (person, view);
                }
            }
        }
    }
}
