using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceStore;
using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;
using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;
using Notifications.Api.Options;
using Notifications.Api.Queries;
using Notifications.Api.Sweeps;
using Notifications.Domain;
using Notifications.Domain.Outbound;

namespace Notifications.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<NotificationsDbContext>(ResourceNames.NotificationsDb, ResourceNames.Notifications, typeof(Extensions).Assembly);

        builder.Services.AddSingleton(WorkingDayCalendar.EnglandAndWales);
        builder.Services.AddSingleton<NoticeDeadlines>();
        builder.Services.AddSingleton<NotificationLateness>();
        builder.Services.AddScoped<PartnerNotices>();
        builder.Services.AddScoped<NotifyPlacementHandler>();
        builder.Services.AddScoped<AmendNotificationHandler>();
        builder.Services.AddScoped<EndOwnNotificationHandler>();
        builder.Services.AddScoped<ListOwnNotificationsHandler>();
        builder.Services.AddScoped<GetOwnNotificationHandler>();
        builder.Services.AddScoped<ListInboundNotificationsHandler>();
        builder.Services.AddScoped<GetInboundNotificationHandler>();
        builder.Services.AddScoped<OutboundPlacements>();
        builder.Services.AddScoped<OutboundNotices>();
        builder.Services.AddScoped<RecordIntentHandler>();
        builder.Services.AddScoped<ChangeOutboundNotificationHandler>();
        builder.Services.AddScoped<ListOutboundNotificationsHandler>();
        builder.Services.AddScoped<PartnerDirectoryHandler>();
        builder.Services.AddScoped<ListPartnersHandler>();
        builder.Services.AddOptions<NoticeSweepOptions>().BindConfiguration(NoticeSweepOptions.Section);
        builder.Services.AddPeriodicSweep<NoticeOverdueSweep>(services => services.GetRequiredService<IOptions<NoticeSweepOptions>>().Value.Interval);
        return builder;
    }
}
