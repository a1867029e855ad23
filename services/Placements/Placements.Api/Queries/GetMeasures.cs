using CorporateParenting.Calendar;
using CorporateParenting.Placements.V1;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Placements.Api.Infrastructure;
using Placements.Api.Options;
using Placements.Domain;

namespace Placements.Api.Queries;

/// <summary>
/// <c>GetMeasures</c> and <c>GetMeasuresSeries</c>, the board's placement figures as at a date or several: the stored history of every child who can count (<see cref="MeasureParameters.RelevantSince"/>)
/// replayed once into the domain's single-pass calculation, a page of children at a time in ChildId order (keyset over
/// periods_of_care's child_id index), so a national caseload is never held whole. Rows are read as flat, untracked
/// projections (no entity graph to fix up), which is what keeps a national-scale cohort quick.
/// </summary>
public sealed class GetMeasuresHandler(PlacementsDbContext db, IOptions<AuthorityOptions> authority, TimeProvider clock, int pageSize = GetMeasuresHandler.PageSize)
{
    public const int PageSize = KeysetPages.DefaultPageSize;

    /// <summary>The most points one series may ask for: five years of month ends and one more.</summary>
    public const int MostPoints = 61;

    public async Task<Measures> HandleAsync(GetMeasuresRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var parameters = ParametersOf(request, "", errors);
        errors.ThrowIfAny();

        var measures = await CalculateAsync([parameters], cancellationToken);
        return MeasuresMessages.Of(measures[0], parameters);
    }

    /// <summary>
    /// The figures at each point, from one read of the register: each child's history is read once and added to every
    /// point's calculation (a child who counts for none of them adds nothing).
    /// </summary>
    public async Task<MeasuresSeries> HandleSeriesAsync(GetMeasuresSeriesRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (request.Points.Count is 0 or > MostPoints)
        {
            errors.Add("points", $"must hold 1 to {MostPoints} points; it holds {request.Points.Count}.");
        }
        var parameters = request.Points.Select((point, i) => ParametersOf(point, $"points[{i}].", errors)).ToList();
        errors.ThrowIfAny();

        var measures = await CalculateAsync(parameters, cancellationToken);
        var series = new MeasuresSeries();
        series.Points.AddRange(measures.Select((m, i) => MeasuresMessages.Of(m, parameters[i])));
        return series;
    }

    private MeasureParameters ParametersOf(GetMeasuresRequest request, string prefix, FieldErrors errors)
    {
        var today = clock.Today();
        var asAt = string.IsNullOrEmpty(request.AsAt) ? today : errors.RequiredDate(prefix + "as_at", request.AsAt, DateKind.Event, today);
        DateOnly? periodStart = string.IsNullOrEmpty(request.PeriodStart) ? null : errors.RequiredDate(prefix + "period_start", request.PeriodStart, DateKind.Event, today);
        if (periodStart > asAt)
        {
            errors.Add(prefix + "period_start", "must be on or before as_at.");
        }
        // Once anything is refused the parameters are never used: the caller throws the errors.
        var start = periodStart ?? (errors.Any ? asAt : CollectionYear.Containing(asAt).Start);
        return new MeasureParameters(asAt, start, authority.Value.ChildPopulation, authority.Value.Code);
    }

    private async Task<List<PlacementMeasures>> CalculateAsync(IReadOnlyList<MeasureParameters> points, CancellationToken cancellationToken)
    {
        var latest = points.Max(p => p.AsAt);
        var earliest = points.Min(p => p.RelevantSince);
        var relevantChildren = db.PeriodsOfCare
            .Where(p => p.StartedOn <= latest && (p.EndedOn == null || p.EndedOn >= earliest))
            .Select(p => p.ChildId);

        var calculators = points.Select(p => new PlacementMeasuresCalculator(p)).ToList();
        await foreach (var page in KeysetPages.PagesAsync(relevantChildren, pageSize, cancellationToken))
        {
            foreach (var child in await RecordsAsync(page, cancellationToken))
            {
                foreach (var calculator in calculators)
                {
                    calculator.Add(child);
                }
            }
        }
        return calculators.ConvertAll(c => c.Measures());
    }

    /// <summary>The care records of one page of children: their whole histories and allocations, not only the relevant periods.</summary>
    private async Task<List<ChildCareRecord>> RecordsAsync(IReadOnlyList<Guid> page, CancellationToken cancellationToken)
    {
        var children = await db.Children.AsNoTracking().Where(c => page.Contains(c.Id))
            .Select(c => new { c.Id, c.DateOfBirth }).ToListAsync(cancellationToken);
        var periods = await db.PeriodsOfCare.AsNoTracking().Where(p => page.Contains(p.ChildId))
            .Select(p => new { p.Id, p.ChildId, p.StartedOn, p.EndedOn, p.ReasonCeased }).ToListAsync(cancellationToken);
        var periodIds = periods.ConvertAll(p => p.Id);
        var episodes = (await db.Set<EpisodeRow>().AsNoTracking()
                .Where(e => periodIds.Contains(e.PeriodOfCareId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.PeriodOfCareId);
        var allocations = (await db.Set<SocialWorkerAllocationRow>().AsNoTracking()
                .Where(a => page.Contains(a.ChildId))
                .Select(a => new { a.ChildId, a.StartsOn, a.EndsOn }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ChildId);
        var periodsByChild = periods.ToLookup(p => p.ChildId);

        var records = new List<ChildCareRecord>(children.Count);
        foreach (var child in children)
        {
            var stored = new ChildRow { Id = child.Id, CaseReference = string.Empty, GivenName = string.Empty, FamilyName = string.Empty, Sex = string.Empty, DateOfBirth = child.DateOfBirth };
            foreach (var p in periodsByChild[child.Id])
            {
                var period = new PeriodOfCareRow { Id = p.Id, ChildId = child.Id, StartedOn = p.StartedOn, EndedOn = p.EndedOn, ReasonCeased = p.ReasonCeased };
                period.Episodes.AddRange(episodes[p.Id]);
                stored.PeriodsOfCare.Add(period);
            }
            records.Add(new ChildCareRecord(
                CareHistoryStore.Rehydrate(stored, authority.Value.Code),
                [.. allocations[child.Id].Select(a => new Domain.SocialWorkerAllocation(a.StartsOn, a.EndsOn))]));
        }
        return records;
    }
}
