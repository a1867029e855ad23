using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.Messaging;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;

namespace Notifications.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext>(ResourceNames.NotificationsDb);
        builder.AddMessaging<NotificationsDbContext>(ResourceNames.Notifications, typeof(Extensions).Assembly);
        builder.AddAuditTrail<NotificationsDbContext>();

        builder.Services.AddSingleton(WorkingDayCalendar.EnglandAndWales);
        builder.Services.AddSingleton<NotificationLateness>();
        return builder;
    }
}
