using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using CorporateParenting.VirtualSchool.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Grpc;

/// <summary>virtualschool.v1: a pupil, their attendance and their Pupil Premium Plus for the other services and staff tools; the Board's figures.</summary>
public sealed class VirtualSchoolGrpcService(
    GetPupilHandler pupil, GetAttendanceSummaryHandler attendanceSummary, GetPupilPremiumPlusHandler pupilPremiumPlus, ListPepsHandler peps,
    GetBoardMeasuresHandler boardMeasures, IAuditTrail audit, TimeProvider clock)
    : CorporateParenting.VirtualSchool.V1.VirtualSchool.VirtualSchoolBase
{
    public const string GetPupilAction = "virtualschool.v1.VirtualSchool/GetPupil";

    [Authorize(Policy = Policies.ReadPupil)]
    public override async Task<Pupil> GetPupil(GetPupilRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var pupilId = errors.RequiredGuid("pupil_id", request.PupilId);
        errors.ThrowIfAny();
        return VirtualSchoolMessages.Of(await pupil.HandleAsync(pupilId, clock.Today(), GetPupilAction, context.CancellationToken));
    }

    [Authorize(Policy = Policies.ReadPupil)]
    public override async Task<AttendanceSummary> GetAttendanceSummary(GetAttendanceSummaryRequest request, ServerCallContext context)
    {
        var (pupilId, kind, on) = GetAttendanceSummaryQuery.From(request, clock.Today());
        var summary = await attendanceSummary.HandleAsync(pupilId, kind, on, context.CancellationToken)
            ?? throw new NotFoundException("Pupil", pupilId);
        await audit.RecordAsync(new AuditEntry("virtualschool.v1.VirtualSchool/GetAttendanceSummary", "attendance", pupilId), context.CancellationToken);
        return AttendanceMessages.Of(summary);
    }

    [Authorize(Policy = Policies.ReadPupil)]
    public override async Task<PupilPremiumPlus> GetPupilPremiumPlus(GetPupilPremiumPlusRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var pupilId = errors.RequiredGuid("pupil_id", request.PupilId);
        var year = string.IsNullOrWhiteSpace(request.FinancialYear)
            ? FinancialYear.Containing(clock.Today())
            : PupilPremiumPlusInput.Year(errors, "financial_year", request.FinancialYear);
        errors.ThrowIfAny();
        var view = await pupilPremiumPlus.PupilAsync(year, pupilId, context.CancellationToken);
        await audit.RecordAsync(new AuditEntry("virtualschool.v1.VirtualSchool/GetPupilPremiumPlus", "pupil-premium-plus", pupilId, year.Name), context.CancellationToken);
        return PupilPremiumPlusMessages.Of(view);
    }

    [Authorize(Policy = Policies.ReadPupil)]
    public override async Task<PupilPeps> ListPupilPeps(ListPupilPepsRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var pupilId = errors.RequiredGuid("pupil_id", request.PupilId);
        errors.ThrowIfAny();
        var today = clock.Today();
        var page = await peps.HandleAsync(new PepFilter(pupilId, null, null, null, null, null, null, 0, Paging.MaxPageSize),
            context.GetHttpContext().User, today, context.CancellationToken);
        return PepMessages.Of(pupilId, page.Items);
    }

    [Authorize(Policy = Policies.ReadAggregates)]
    public override async Task<Measures> GetMeasures(GetMeasuresRequest request, ServerCallContext context)
    {
        var query = BoardMeasuresQuery.From(request, clock.Today());
        return BoardMeasuresMessages.Of(query, await boardMeasures.HandleAsync(query, context.CancellationToken));
    }
}
