using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.VirtualSchool.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Grpc;

/// <summary>virtualschool.v1: a pupil and their attendance for the other services and staff tools.</summary>
public sealed class VirtualSchoolGrpcService(IAuditTrail audit, GetAttendanceSummaryHandler attendanceSummary, TimeProvider clock)
    : CorporateParenting.VirtualSchool.V1.VirtualSchool.VirtualSchoolBase
{
    [Authorize(Policy = Policies.ReadVirtualSchool)]
    public override async Task<AttendanceSummary> GetAttendanceSummary(GetAttendanceSummaryRequest request, ServerCallContext context)
    {
        var (pupilId, kind, on) = GetAttendanceSummaryQuery.From(request, clock.Today());
        var summary = await attendanceSummary.HandleAsync(pupilId, kind, on, context.CancellationToken)
            ?? throw new NotFoundException("Pupil", pupilId);
        await audit.RecordAsync(new AuditEntry("virtualschool.v1.VirtualSchool/GetAttendanceSummary", "attendance", pupilId), context.CancellationToken);
        return AttendanceMessages.Of(summary);
    }
}
