using System.Globalization;
using CorporateParenting.Audit;
using CorporateParenting.Placements.V1;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Data;
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
/// the return's own checks (docs/ssda903.md §7). Pages in ChildId order (keyset over periods_of_care's child_id index,
/// untracked), so a national caseload streams in flat memory and a broken stream resumes after the last child received.
/// Audited once per call.
/// </summary>
public sealed class StreamReturnHandler(PlacementsDbContext db, IAuditTrail audit, int pageSize = StreamReturnHandler.PageSize)
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
        var (start, end) = (year.Start, year.End);
        var inYear = db.PeriodsOfCare.Where(p => p.StartedOn <= end && (p.EndedOn == null || p.EndedOn >= start)).Select(p => p.ChildId);
        var named = also.Distinct();
        if (after is { } last)
        {
            inYear = inYear.Where(id => id.CompareTo(last) > 0);
            named = named.Where(id => id.CompareTo(last) > 0);
        }

        var ids = InIdOrder(KeysetPages.PagesAsync(inYear, pageSize, cancellationToken), [.. named.Order()]);
        await foreach (var page in ids.Chunk(pageSize))
        {
            foreach (var child in await ChildrenAsync(page, cancellationToken))
            {
                await responseStream.WriteAsync(ReturnRows.Of(child, year), cancellationToken);
            }
        }
    }

    /// <summary>
    /// The year's children and the named ones as one sequence in ChildId order, each once. Two sorted sequences merged
    /// here rather than one query's <c>named OR in the year</c>, which PostgreSQL answers by hashing the year's periods for
    /// every page; a named id need not be a child, so it is a candidate, not a row.
    /// </summary>
    private static async IAsyncEnumerable<Guid> InIdOrder(IAsyncEnumerable<IReadOnlyList<Guid>> inYear, Guid[] named)
    {
        int next = 0;
        await foreach (var page in inYear)
        {
            foreach (var id in page)
            {
                for (; next < named.Length && named[next].CompareTo(id) <= 0; next++)
                {
                    if (named[next] != id)
                    {
                        yield return named[next];
                    }
                }
                yield return id;
            }
        }
        for (; next < named.Length; next++)
        {
            yield return named[next];
        }
    }

    private Task<List<ChildRow>> ChildrenAsync(Guid[] ids, CancellationToken cancellationToken) =>
        db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id)
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.SocialWorkerAllocations)
            .Include(c => c.MissingEpisodes)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
}

/// <summary>A stored child as the rows of one year's return.</summary>
public static class ReturnRows
{
    public static ReturnChild Of(ChildRow child, CollectionYear year)
    {
        var episodes = ReturnEpisodes.In(CareHistoryStore.Episodes(child), year);
        bool isUasc = episodes.Count > 0 && child.UascSince <= year.End;
        var motherhood = child.Motherhood.InReturn(year, episodes);
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
                Mother = motherhood.MotherCode ?? string.Empty,
                McDob = Iso(motherhood.FirstChildBornOn),
            },
            Uasc = isUasc ? new ReturnUasc { Duc = child.UascCeasedOn <= year.End ? Iso(child.UascCeasedOn) : string.Empty } : null,
        };
        rows.Episodes.AddRange(episodes.Select(e => EpisodeOf(e, child.HomePostcode)));
        IReadOnlyList<SocialWorkerEpisode> socialWorkerEpisodes = episodes.Count == 0 ? [] : ReturnSocialWorkerEpisodes.In(
            child.SocialWorkerAllocations.Select(a => new SocialWorkerAllocation(a.StartsOn, a.EndsOn, a.SocialWorkerId, a.Reason)),
            child.PeriodsOfCare.Select(p => (p.StartedOn, p.EndedOn)),
            year);
        rows.SocialWorkerEpisodes.AddRange(socialWorkerEpisodes.Select(e => new ReturnSocialWorkerEpisode
        {
            SwId = e.SocialWorkerId,
            SwDecom = Iso(e.Start),
            SwDec = Iso(e.End),
            SwReason = e.Reason ?? string.Empty,
        }));

        var missing = ReturnEpisodes.MissingIn(child.MissingEpisodes.Select(m => new MissingEpisode(m.Kind, m.StartsOn, m.EndsOn)), year);
        rows.MissingEpisodes.AddRange(missing.Select(m => new ReturnMissingEpisode { Missing = m.Kind, MisStart = Iso(m.Start), MisEnd = Iso(m.End) }));
        var facts = new ChildInReturn(year, child.DateOfBirth, child.Sex, child.Upn, motherhood, child.HomePostcode, isUasc, episodes)
        {
            MissingEpisodes = missing,
            SocialWorkerEpisodes = socialWorkerEpisodes,
        };
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
