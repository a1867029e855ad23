using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceStore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Notifications.Domain;

namespace Notifications.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<NotificationsDbContext>(ResourceNames.NotificationsDb, ResourceNames.Notifications, typeof(Extensions).Assembly);

        builder.Services.AddSingleton(WorkingDayCalendar.EnglandAndWales);
        builder.Services.AddSingleton<NotificationLateness>();
        return builder;
    }
}
