using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceStore;
using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Notifications.Api.Commands;
using Notifications.Api.Delivery;
using Notifications.Api.Infrastructure;
using Notifications.Api.Options;
using Notifications.Api.Queries;
using Notifications.Api.Sweeps;
using Notifications.Api.Webhooks;
using Notifications.Domain;
using Notifications.Domain.Acknowledgements;
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
        builder.Services.AddScoped<SendNoticeHandler>();
        builder.Services.AddScoped<DeliveriesHandler>();
        builder.Services.AddScoped<WebhookSender>();
        builder.Services.AddScoped<NoticeAcknowledgements>();
        builder.Services.AddScoped<RecordOtherRecipientHandler>();
        builder.Services.AddScoped<GetNotificationMeasuresHandler>();
        builder.Services.AddScoped<PartnerFiguresHandler>();
        var mailServer = MailServer.From(builder.Configuration.GetConnectionString(ResourceNames.Mail)); // a malformed one stops the start
        builder.Services.AddScoped(services => new EmailSender(mailServer, services.GetRequiredService<IOptions<EmailOptions>>()));
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .Validate(o => System.Net.Mail.MailAddress.TryCreate(o.From, out _), $"{EmailOptions.Section}:From must be the email address notices come from.")
            .ValidateOnStart();
        builder.Services.AddOptions<AcknowledgementOptions>().BindConfiguration(AcknowledgementOptions.Section)
            .Validate(o => o.IsValid(), $"{AcknowledgementOptions.Section}: ChaseAfterWorkingDays at least 1, LinkLifetime positive, PublicBaseUrl the http(s) address hosts reach this service at.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new AcknowledgementChase(
            services.GetRequiredService<WorkingDayCalendar>(), services.GetRequiredService<IOptions<AcknowledgementOptions>>().Value.ChaseAfterWorkingDays));
        builder.Services.AddScoped<SeenSignatures>();
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation; it is the documented way to undo a default.
        // A delivery's retries are its own (doubling waits across minutes, each attempt recorded), not the default's within one attempt.
        builder.Services.AddHttpClient(WebhookSender.ClientName).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddOptions<AuthorityOptions>().BindConfiguration(AuthorityOptions.Section)
            .Validate(o => CorporateParenting.CodeLists.OnsAuthorityCode.IsValid(o.Code) && o.Name.Length > 0, $"{AuthorityOptions.Section}: Code must be our ONS code and Name our name.")
            .ValidateOnStart();
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.Timeout > TimeSpan.Zero && o.FirstRetryAfter > TimeSpan.Zero && o.LongestWait >= o.FirstRetryAfter && o.MaxAttempts >= 1,
                $"{DeliveryOptions.Section}: Interval, Timeout and FirstRetryAfter must be positive, LongestWait at least FirstRetryAfter, MaxAttempts at least 1.")
            .ValidateOnStart();
        builder.Services.AddPeriodicSweep<DeliverySweep>(services => services.GetRequiredService<IOptions<DeliveryOptions>>().Value.Interval);
        builder.Services.AddScoped<ListPartnersHandler>();
        builder.Services.AddOptions<NoticeSweepOptions>().BindConfiguration(NoticeSweepOptions.Section);
        builder.Services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.Section);
        builder.Services.AddPeriodicSweep<NoticeOverdueSweep>(services => services.GetRequiredService<IOptions<NoticeSweepOptions>>().Value.Interval);
        return builder;
    }
}
