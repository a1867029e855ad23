using CorporateParenting.Placements.V1;
using CorporateParenting.Reporting;
using Reporting.Domain;

namespace Reporting.Api.Return;

/// <summary>
/// Placements' Episodes, UASC, SWEpisodes and Missing tables, and each episode's PL_LA beside them (the platform's
/// PlacementAuthorities, which DfE's Episodes has no column for), written a child at a time as its rows arrive.
/// </summary>
public sealed class PlacementsTables(TextWriter episodes, TextWriter placementAuthorities, TextWriter uasc, TextWriter socialWorkers, TextWriter missing)
{
    private readonly Ssda903Csv _episodes = new(episodes, Ssda903Csv.Episodes);
    private readonly Ssda903Csv _placementAuthorities = new(placementAuthorities, Ssda903Csv.PlacementAuthorities);
    private readonly Ssda903Csv _uasc = new(uasc, Ssda903Csv.Uasc);
    private readonly Ssda903Csv _socialWorkers = new(socialWorkers, Ssda903Csv.SocialWorkerEpisodes);
    private readonly Ssda903Csv _missing = new(missing, Ssda903Csv.Missing);

    /// <summary>Writes the child's rows and answers them as the cross-table rules see them.</summary>
    public async Task<IReadOnlyList<TableRow>> WriteAsync(ReturnChild child)
    {
        var h = child.Header;
        var rows = new List<TableRow>();
        foreach (var e in child.Episodes)
        {
            await _episodes.WriteRowAsync(h.Child, Ssda903Csv.Date(e.Decom), e.Rne, e.Ls, e.Cin, e.Place, e.PlaceProvider, Ssda903Csv.Date(e.Dec),
                e.Rec, e.ReasonPlaceChange, e.HomePost, e.PlPost, e.Urn);
            await _placementAuthorities.WriteRowAsync(h.Child, Ssda903Csv.Date(e.Decom), e.PlLa);
            rows.Add(new TableRow(ReturnTables.Episodes, h.Child));
        }
        if (child.Uasc is { } u)
        {
            await _uasc.WriteRowAsync(h.Child, h.Sex, Ssda903Csv.Date(h.Dob), Ssda903Csv.Date(u.Duc));
            rows.Add(new TableRow(ReturnTables.Uasc, h.Child, h.Dob));
        }
        foreach (var sw in child.SocialWorkerEpisodes)
        {
            await _socialWorkers.WriteRowAsync(h.Child, Ssda903Csv.Date(h.Dob), sw.SwId, Ssda903Csv.Date(sw.SwDecom), Ssda903Csv.Date(sw.SwDec), sw.SwReason);
            rows.Add(new TableRow(ReturnTables.SocialWorkerEpisodes, h.Child, h.Dob));
        }
        foreach (var m in child.MissingEpisodes)
        {
            await _missing.WriteRowAsync(h.Child, Ssda903Csv.Date(h.Dob), m.Missing, Ssda903Csv.Date(m.MisStart), Ssda903Csv.Date(m.MisEnd));
            rows.Add(new TableRow(ReturnTables.Missing, h.Child, h.Dob));
        }
        return rows;
    }

    /// <summary>Writes the header row of any table that had no rows, and flushes them all.</summary>
    public async Task CompleteAsync()
    {
        await _episodes.CompleteAsync();
        await _placementAuthorities.CompleteAsync();
        await _uasc.CompleteAsync();
        await _socialWorkers.CompleteAsync();
        await _missing.CompleteAsync();
    }
}
