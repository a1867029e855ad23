using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceStore;
using LeavingCare.Api.Infrastructure;

namespace LeavingCare.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<LeavingCareDbContext>(ResourceNames.LeavingCareDb, ResourceNames.LeavingCare, typeof(Extensions).Assembly);
        return builder;
    }
}
