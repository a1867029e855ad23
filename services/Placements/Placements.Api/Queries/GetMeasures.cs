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
/// <c>GetMeasures</c>, the board's placement figures as at a date: the stored history of every child who can count (<see cref="MeasureParameters.RelevantSince"/>)
/// replayed once into the domain's single-pass calculation, a page of children at a time in ChildId order (keyset over
/// periods_of_care's child_id index), so a national caseload is never held whole. Rows are read as flat, untracked
/// projections (no entity graph to fix up), which is what keeps a national-scale cohort quick.
/// </summary>
public sealed class GetMeasuresHandler(PlacementsDbContext db, IOptions<AuthorityOptions> authority, TimeProvider clock, int pageSize = GetMeasuresHandler.PageSize)
{
    public const int PageSize = KeysetPages.DefaultPageSize;

    public async Task<Measures> HandleAsync(GetMeasuresRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var asAt = string.IsNullOrEmpty(request.AsAt) ? clock.Today() : errors.RequiredDate("as_at", request.AsAt, DateKind.Event, clock.Today());
        DateOnly? periodStart = string.IsNullOrEmpty(request.PeriodStart) ? null : errors.RequiredDate("period_start", request.PeriodStart, DateKind.Event, clock.Today());
        if (periodStart > asAt)
        {
            errors.Add("period_start", "must be on or before as_at.");
        }
        errors.ThrowIfAny();

        var (figures, parameters) = await CalculateAsync(asAt, periodStart, cancellationToken);
        return MeasuresMessages.Of(figures, parameters);
    }

    private async Task<(PlacementMeasures Measures, MeasureParameters Parameters)> CalculateAsync(DateOnly asAt, DateOnly? periodStart, CancellationToken cancellationToken)
    {
        var parameters = new MeasureParameters(asAt, periodStart ?? CollectionYear.Containing(asAt).Start, authority.Value.ChildPopulation, authority.Value.Code);
        var relevantChildren = db.PeriodsOfCare
            .Where(p => p.StartedOn <= asAt && (p.EndedOn == null || p.EndedOn >= parameters.RelevantSince))
            .Select(p => p.ChildId);

        var calculator = new PlacementMeasuresCalculator(parameters);
        await foreach (var page in KeysetPages.PagesAsync(relevantChildren, pageSize, cancellationToken))
        {
            foreach (var child in await RecordsAsync(page, cancellationToken))
            {
                calculator.Add(child);
            }
        }
        return (calculator.Measures(), parameters);
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
