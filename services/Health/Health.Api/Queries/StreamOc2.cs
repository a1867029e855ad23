using System.Globalization;
using CorporateParenting.Audit;
using CorporateParenting.Health.V1;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using Health.Api.Commands;
using Health.Api.Infrastructure;
using Health.Domain;

namespace Health.Api.Queries;

/// <summary>
/// <c>StreamOc2</c>: the year's OC2 rows for the return, read as the Board's measures read them (<see cref="HealthRecordsOfYear"/>)
/// and derived by the domain's <see cref="Oc2Row"/> (docs/health.md §5.1), each page of children written as it is read.
/// Audited once per call.
/// </summary>
/// <param name="pageSize">Children read a page at a time; other than the default only to test the paging.</param>
public sealed class StreamOc2Handler(HealthDbContext db, IAuditTrail audit, int pageSize = HealthRecordsOfYear.PageSize)
{
    public async Task HandleAsync(StreamOc2Request request, IServerStreamWriter<Oc2Child> responseStream, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var year = errors.CollectionYearEnding("year_ending", request.YearEnding);
        errors.ThrowIfAny();

        await audit.RecordAsync(new AuditEntry("health.v1.Health/StreamOc2", "child", null), cancellationToken);
        await foreach (var (childId, record) in HealthRecordsOfYear.ReadAsync(db, year, childId: null, pageSize, cancellationToken))
        {
            if (Oc2Row.Of(record, year) is { } row)
            {
                await responseStream.WriteAsync(ChildOf(childId, record.DateOfBirth, row), cancellationToken);
            }
        }
    }

    private static Oc2Child ChildOf(Guid childId, DateOnly dateOfBirth, Oc2Row row)
    {
        var child = new Oc2Child
        {
            ChildId = childId.ToString(),
            Dob = dateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            SdqScore = row.SdqScore?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            SdqReason = row.SdqReason is { } reason ? OutcomeEventRequest.CodeOf(reason) : string.Empty,
            Convicted = Code(row.Convicted),
            HealthCheck = Code(row.HealthCheck),
            Immunisations = Code(row.Immunisations),
            TeethCheck = Code(row.TeethCheck),
            HealthAssessment = Code(row.HealthAssessment),
            SubstanceMisuse = Code(row.SubstanceMisuse),
            InterventionReceived = Code(row.InterventionReceived),
            InterventionOffered = Code(row.InterventionOffered),
        };
        if (row.SdqMissing)
        {
            child.Findings.Add(new Oc2Finding
            {
                Field = "SDQ_SCORE",
                Rule = "186",
                Message = "Record the carer's SDQ score of the year, or the reason there is none (SDQ_REASON, rule 197B).",
            });
        }
        return child;
    }

    private static string Code(bool? value) => value switch { true => "1", false => "0", null => string.Empty };
}
