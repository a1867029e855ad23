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
        var errors = new FieldErrors();
        var year = errors.CollectionYearEnding("year_ending", yearEnding);
        errors.ThrowIfAny();
        return year;
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
