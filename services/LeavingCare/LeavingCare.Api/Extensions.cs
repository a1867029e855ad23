using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using LeavingCare.Api.Infrastructure;

namespace LeavingCare.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<LeavingCareDbContext>(ResourceNames.LeavingCareDb);
        builder.AddMessaging<LeavingCareDbContext>(ResourceNames.LeavingCare, typeof(Extensions).Assembly);
        builder.AddAuditTrail<LeavingCareDbContext>();
        return builder;
    }
}
