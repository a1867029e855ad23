using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Queries;

public sealed record SchoolView(string Urn, string Name, string Phase, string ProvisionType, string LocalAuthorityCode)
{
    public static SchoolView Of(SchoolRow school) => new(school.Urn, school.Name, school.Phase, school.ProvisionType, school.LocalAuthorityCode);
}
