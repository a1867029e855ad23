using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults;
using Notifications.Api;
using Notifications.Api.Apis;
using Notifications.Api.Grpc;
using Notifications.Api.Infrastructure;
using Notifications.Api.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UsePlatformDefaults();
app.UseSignedPartnerRequests();

app.MapGrpcService<NotificationsGrpcService>();
app.MapPartnerNotificationsApi();
app.MapPartnerReceivedNoticesApi();
app.MapAcknowledgementLinkPages();
app.MapInboundNotificationsApi();
app.MapOutboundNotificationsApi();
app.MapPartnerDirectoryApi();
app.MapAuditTrailApi<NotificationsDbContext>();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
