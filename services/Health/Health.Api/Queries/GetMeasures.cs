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

/// <summary>The OC2 health figures: the year's records (<see cref="HealthRecordsOfYear"/>) counted by the domain as each page arrives.</summary>
/// <param name="pageSize">Children read a page at a time; other than the default only to test the paging.</param>
public sealed class GetMeasuresHandler(HealthDbContext db, int pageSize = HealthRecordsOfYear.PageSize)
{
    public async Task<Oc2HealthMeasures> HandleAsync(CollectionYear year, CancellationToken cancellationToken)
    {
        var calculator = new Oc2HealthMeasuresCalculator(year);
        await foreach (var (_, record) in HealthRecordsOfYear.ReadAsync(db, year, childId: null, pageSize, cancellationToken))
        {
            calculator.Add(record);
        }
        return calculator.ToMeasures();
    }
}
