using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceStore;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<VirtualSchoolDbContext>(ResourceNames.VirtualSchoolDb, ResourceNames.VirtualSchool, typeof(Extensions).Assembly);
        return builder;
    }
}
