using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Infrastructure;
using Health.Domain;

namespace Health.Api.Queries;

/// <summary>health.v1 <c>GetMeasures</c>: the OC2 health figures of one collection year.</summary>
public static class GetMeasuresQuery
{
    public static CollectionYear From(int yearEnding)
    {
        if (yearEnding is < 2000 or > 2100)
        {
            var errors = new FieldErrors();
            errors.Add("year_ending", "must be the year the collection year ends in, e.g. 2026 for April 2025 to March 2026.");
            errors.ThrowIfAny();
        }
        return new CollectionYear(yearEnding);
    }
}

/// <summary>The OC2 health figures: the year's records (<see cref="HealthRecordsOfYear"/>), then the domain's single-pass calculation.</summary>
public sealed class GetMeasuresHandler(HealthDbContext db)
{
    public async Task<Oc2HealthMeasures> HandleAsync(CollectionYear year, CancellationToken cancellationToken)
    {
        var records = await HealthRecordsOfYear.LoadAsync(db, year, childId: null, cancellationToken);
        return Oc2HealthMeasuresCalculator.Calculate([.. records.Select(r => r.Record)], year);
    }
}
