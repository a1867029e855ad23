using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.LeavingCare.V1;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using LeavingCare.Api.Queries;
using Microsoft.AspNetCore.Authorization;

namespace LeavingCare.Api.Grpc;

/// <summary>leavingcare.v1: a young person's care leaver category, the care leaver return's rows and the Board's measures of it (docs/leaving-care.md §2.2, §7.4).</summary>
public sealed class LeavingCareGrpcService(GetYoungPersonHandler youngPerson, InTouchFiguresHandler inTouch, IAuditTrail audit, TimeProvider clock)
    : CorporateParenting.LeavingCare.V1.LeavingCare.LeavingCareBase
{
    [Authorize(Policy = Policies.ReadCareLeaver)]
    public override async Task<CareLeaverStatus> GetCareLeaverStatus(GetCareLeaverStatusRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        errors.ThrowIfAny();
        var details = await youngPerson.HandleAsync(childId, clock.Today(), context.CancellationToken) ?? throw new NotFoundException("Young person", childId);
        await audit.RecordAsync(new AuditEntry("leavingcare.v1.LeavingCare/GetCareLeaverStatus", "young-person", childId), context.CancellationToken);
        var status = new CareLeaverStatus
        {
            ChildId = childId.ToString(), DateOfBirth = Iso(details.DateOfBirth), Category = Code(details.Category),
            CategorySince = details.CategorySince is { } since ? Iso(since) : "",
        };
        status.History.AddRange(details.StatusHistory.Select(s => new StatusChange { Category = Code(s.Category), From = Iso(s.From), FoundBy = s.FoundBy }));
        return status;
    }

    [Authorize(Policy = Policies.ReadOc3Rows)]
    public override async Task<Oc3Rows> ListOc3Rows(ListOc3RowsRequest request, ServerCallContext context)
    {
        var year = GetOc3ReportHandler.YearFrom(request.CollectionYear, clock.Today(), "collection_year");
        var reply = new Oc3Rows { CollectionYear = year.Name };
        await foreach (var (person, view) in inTouch.RowsAsync(year, context.CancellationToken))
        {
            var row = new CorporateParenting.LeavingCare.V1.Oc3Row
            {
                ChildId = person.Id.ToString(), DateOfBirth = Iso(person.DateOfBirth), Collection = view.Collection,
                InTouch = view.Row?.InTouch ?? "", Activity = view.Row?.Activity ?? "", Accommodation = view.Row?.Accommodation ?? "",
            };
            row.Missing.AddRange(view.Missing);
            row.Findings.AddRange(view.Findings.Select(f => new Oc3RuleFinding { Rule = f.Rule, Field = f.Field ?? "", Message = f.Message }));
            reply.Rows.Add(row);
        }
        await audit.RecordAsync(new AuditEntry("leavingcare.v1.LeavingCare/ListOc3Rows", "young-person", null, $"{year.Name}: {reply.Rows.Count} rows"), context.CancellationToken);
        return reply;
    }

    /// <summary>The same counts as <c>GET /api/leaving-care/in-touch</c>, exact.</summary>
    [Authorize(Policy = Policies.ReadAggregates)]
    public override async Task<Measures> GetMeasures(GetMeasuresRequest request, ServerCallContext context)
    {
        var year = GetOc3ReportHandler.YearFrom(request.CollectionYear, clock.Today(), "collection_year");
        var reply = new Measures { CollectionYear = year.Name };
        reply.AgeGroups.AddRange((await inTouch.CountsAsync(year, context.CancellationToken)).Select(band => new AgeGroupMeasures
        {
            Ages = band.Band.Ages, YoungPeople = band.YoungPeople, InTouch = ProportionOf(band.InTouch, band.YoungPeople),
            SuitableAccommodation = band.SuitableAccommodation is { } suitable ? ProportionOf(suitable, band.YoungPeople) : null,
            InEducationEmploymentOrTraining = band.InEducationEmploymentOrTraining is { } eet ? ProportionOf(eet, band.YoungPeople) : null,
        }));
        return reply;
    }

    private static Proportion ProportionOf(int numerator, int denominator) =>
        new() { Numerator = numerator, Denominator = denominator, Percent = new CorporateParenting.Reporting.Proportion(numerator, denominator).RoundedPercent };

    /// <summary>former-relevant → FORMER_RELEVANT.</summary>
    private static string Code(string category) => category.Replace('-', '_').ToUpperInvariant();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
