using CorporateParenting.Messaging;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using Notifications.Api.Infrastructure;

namespace Notifications.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext>(ResourceNames.NotificationsDb);
        builder.AddMessaging<NotificationsDbContext>(ResourceNames.Notifications, typeof(Extensions).Assembly);
        return builder;
    }
}
