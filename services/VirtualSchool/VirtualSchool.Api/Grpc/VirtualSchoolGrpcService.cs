using CorporateParenting.VirtualSchool.V1;

namespace VirtualSchool.Api.Grpc;

/// <summary>virtualschool.v1: a pupil and their attendance for the other services and staff tools.</summary>
public sealed class VirtualSchoolGrpcService : CorporateParenting.VirtualSchool.V1.VirtualSchool.VirtualSchoolBase
{
}
