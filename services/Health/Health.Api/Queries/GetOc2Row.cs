using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Commands;
using Health.Api.Infrastructure;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Queries;

/// <summary>
/// A child's SSDA903 OC2 row for a collection year, as the return codes it: 0 or 1, null for a field left blank.
/// <c>Missing</c> names what the team still has to record, with its rule.
/// </summary>
public sealed record Oc2RowView(
    Guid ChildId,
    string DateOfBirth,
    string Year,
    bool InCohort,
    int? SdqScore,
    string? SdqReason,
    int? Convicted,
    int? HealthCheck,
    int? Immunisations,
    int? TeethCheck,
    int? HealthAssessment,
    int? SubstanceMisuse,
    int? InterventionReceived,
    int? InterventionOffered,
    IReadOnlyList<string> Missing);

/// <summary><c>GET /api/children/{childId}/oc2/{yearEnding}</c>: the year's records read as the Board's measures read them, one child's row derived by the domain.</summary>
public sealed class GetOc2RowHandler(HealthDbContext db)
{
    public static CollectionYear YearOf(int yearEnding)
    {
        var errors = new FieldErrors();
        var year = errors.CollectionYearEnding("yearEnding", yearEnding);
        errors.ThrowIfAny();
        return year;
    }

    public async Task<Oc2RowView> HandleAsync(Guid childId, CollectionYear year, CancellationToken ct)
    {
        var born = await db.Children.AsNoTracking().Where(c => c.Id == childId).Select(c => (DateOnly?)c.DateOfBirth).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Child", childId);
        Oc2Row? row = null;
        await foreach (var (_, record) in HealthRecordsOfYear.ReadAsync(db, year, childId, HealthRecordsOfYear.PageSize, ct))
        {
            row = Oc2Row.Of(record, year);
        }
        return new Oc2RowView(childId, born.ToString("yyyy-MM-dd"), year.Name, row is not null,
            row?.SdqScore, row?.SdqReason is { } reason ? OutcomeEventRequest.CodeOf(reason) : null,
            Code(row?.Convicted), Code(row?.HealthCheck), Code(row?.Immunisations), Code(row?.TeethCheck), Code(row?.HealthAssessment),
            Code(row?.SubstanceMisuse), Code(row?.InterventionReceived), Code(row?.InterventionOffered),
            row is { SdqMissing: true } ? ["SDQ_SCORE or SDQ_REASON: no carer SDQ score in the year and no reason recorded (rules 186, 197B)"] : []);
    }

    private static int? Code(bool? value) => value switch { true => 1, false => 0, null => null };
}
