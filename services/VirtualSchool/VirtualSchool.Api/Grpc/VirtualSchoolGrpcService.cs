using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using CorporateParenting.VirtualSchool.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Grpc;

/// <summary>virtualschool.v1: a pupil and their attendance for the other services and staff tools.</summary>
public sealed class VirtualSchoolGrpcService(GetPupilHandler pupil, GetAttendanceSummaryHandler attendanceSummary, IAuditTrail audit, TimeProvider clock)
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
}
