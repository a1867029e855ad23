using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<VirtualSchoolDbContext>(ResourceNames.VirtualSchoolDb);
        builder.AddMessaging<VirtualSchoolDbContext>(ResourceNames.VirtualSchool, typeof(Extensions).Assembly);
        builder.AddAuditTrail<VirtualSchoolDbContext>();
        return builder;
    }
}
