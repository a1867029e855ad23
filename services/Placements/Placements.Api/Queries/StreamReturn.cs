using System.Globalization;
using CorporateParenting.Audit;
using CorporateParenting.Placements.V1;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Placements.Api.Infrastructure;
using Placements.Domain;
using Episode = Placements.Domain.Episode;
using ReturnChild = CorporateParenting.Placements.V1.ReturnChild;
using ReturnFinding = CorporateParenting.Placements.V1.ReturnFinding;

namespace Placements.Api.Queries;

/// <summary>
/// <c>StreamReturn</c>: the SSDA903 tables Placements owns for one collection year, a child at a time with the findings of
/// the return's own checks (docs/ssda903.md §7). Pages in ChildId order (keyset, untracked), so a national caseload streams
/// in flat memory and a broken stream resumes after the last child received. Audited once per call.
/// </summary>
public sealed class StreamReturnHandler(PlacementsDbContext db, IAuditTrail audit)
{
    public const int PageSize = 500;
    private const int MostNamedChildren = 200_000;

    public async Task HandleAsync(StreamReturnRequest request, IServerStreamWriter<ReturnChild> responseStream, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var year = errors.CollectionYearEnding("year_ending", request.YearEnding);
        Guid? after = string.IsNullOrWhiteSpace(request.AfterChildId) ? null : errors.RequiredGuid("after_child_id", request.AfterChildId);
        if (request.AlsoChildIds.Count > MostNamedChildren)
        {
            errors.Add("also_child_ids", $"must name at most {MostNamedChildren} children.");
        }
        var also = request.AlsoChildIds.Select((id, i) => errors.RequiredGuid($"also_child_ids[{i}]", id)).ToArray();
        errors.ThrowIfAny();

        await audit.RecordAsync(new AuditEntry("placements.v1.Placements/StreamReturn", "child", null), cancellationToken);
        List<ChildRow> page;
        do
        {
            page = await PageAsync(year, after, also, cancellationToken);
            foreach (var child in page)
            {
                await responseStream.WriteAsync(ReturnRows.Of(child, year), cancellationToken);
            }
            after = page.LastOrDefault()?.Id;
        }
        while (page.Count == PageSize);
    }

    private Task<List<ChildRow>> PageAsync(CollectionYear year, Guid? after, Guid[] also, CancellationToken cancellationToken)
    {
        var children = db.Children.AsNoTracking();
        if (after is { } last)
        {
            children = children.Where(c => c.Id.CompareTo(last) > 0);
        }

        var (start, end) = (year.Start, year.End);
        children = children.Where(c => also.Contains(c.Id) || c.PeriodsOfCare.Any(p => p.StartedOn <= end && (p.EndedOn == null || p.EndedOn >= start)));
        return children.OrderBy(c => c.Id).Take(PageSize)
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.SocialWorkerAllocations)
            .Include(c => c.MissingEpisodes)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }
}

/// <summary>A stored child as the rows of one year's return.</summary>
public static class ReturnRows
{
    public static ReturnChild Of(ChildRow child, CollectionYear year)
    {
        var episodes = ReturnEpisodes.In(CareHistoryStore.Episodes(child), year);
        bool isUasc = episodes.Count > 0 && child.UascSince <= year.End;
        var rows = new ReturnChild
        {
            ChildId = child.Id.ToString(),
            Header = new ReturnHeader
            {
                Child = child.CaseReference,
                Sex = child.Sex,
                Dob = Iso(child.DateOfBirth),
                Ethnic = child.Ethnicity ?? string.Empty,
                Upn = child.Upn ?? string.Empty,
                Mother = child.Motherhood.MotherCode ?? string.Empty,
                McDob = Iso(child.FirstChildBornOn),
            },
            Uasc = isUasc ? new ReturnUasc { Duc = child.UascCeasedOn <= year.End ? Iso(child.UascCeasedOn) : string.Empty } : null,
        };
        rows.Episodes.AddRange(episodes.Select(e => EpisodeOf(e, child.HomePostcode)));
        if (episodes.Count > 0)
        {
            rows.SocialWorkerEpisodes.AddRange(child.SocialWorkerAllocations
                .Where(a => a.StartsOn <= year.End && (a.EndsOn is null || a.EndsOn >= year.Start))
                .OrderBy(a => a.StartsOn)
                .Select(a => new ReturnSocialWorkerEpisode
                {
                    SwId = a.SocialWorkerId,
                    SwDecom = Iso(a.StartsOn),
                    SwDec = a.EndsOn <= year.End ? Iso(a.EndsOn) : string.Empty,
                    SwReason = a.EndsOn <= year.End ? a.EndReason ?? string.Empty : string.Empty,
                }));
        }

        var missing = ReturnEpisodes.MissingIn(child.MissingEpisodes.Select(m => new MissingEpisode(m.Kind, m.StartsOn, m.EndsOn)), year);
        rows.MissingEpisodes.AddRange(missing.Select(m => new ReturnMissingEpisode { Missing = m.Kind, MisStart = Iso(m.Start), MisEnd = Iso(m.End) }));
        var facts = new ChildInReturn(year, child.DateOfBirth, child.Sex, child.Upn, child.Motherhood, child.HomePostcode, isUasc, episodes) { MissingEpisodes = missing };
        rows.Findings.AddRange(ReturnChecks.Check(facts).Select(f => new ReturnFinding
        {
            Table = f.Table,
            Field = f.Field,
            Rule = f.Rule,
            Message = f.Message,
            Decom = Iso(f.EpisodeStart),
        }));
        return rows;
    }

    private static ReturnEpisode EpisodeOf(Episode episode, string? homePostcode) => new()
    {
        Decom = Iso(episode.Start),
        Rne = episode.ReasonForNewEpisode,
        Ls = episode.LegalStatus,
        Cin = episode.CategoryOfNeed,
        Place = episode.Placement.Type,
        PlaceProvider = episode.Placement.Provider ?? string.Empty,
        Dec = Iso(episode.End),
        Rec = episode.ReasonCeased ?? string.Empty,
        ReasonPlaceChange = episode.ReasonForPlacementChange ?? string.Empty,
        HomePost = homePostcode ?? string.Empty,
        PlPost = episode.Placement.Postcode ?? string.Empty,
        Urn = episode.Placement.ProviderUrn ?? string.Empty,
        PlLa = episode.Placement.AuthorityCode,
    };

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
