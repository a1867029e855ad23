using CorporateParenting.AppHost;
using CorporateParenting.Hosting;

if (args.FirstOrDefault() == TokenCommand.Name)
{
    return TokenCommand.Run(args, Console.Out, Console.Error);
}

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPlatformPostgres(ResourceNames.Postgres, port: 55432);
var messaging = builder.AddPlatformRabbitMq(ResourceNames.Messaging, port: 55672);
var mail = builder.AddPlatformSmtp(ResourceNames.Mail, smtpPort: 55025, webPort: 55080); // every email sent lands in its web view
var signingKey = builder.AddDevelopmentSigningKey();

var placements = builder.AddService<Projects.Placements_Api>(ResourceNames.Placements, signingKey)
    .WithDatabase(postgres.AddDatabase(ResourceNames.PlacementsDb))
    .WithMessaging(messaging);

var virtualSchool = builder.AddService<Projects.VirtualSchool_Api>(ResourceNames.VirtualSchool, signingKey)
    .WithDatabase(postgres.AddDatabase(ResourceNames.VirtualSchoolDb))
    .WithMessaging(messaging)
    .WithGrpcReference(placements); // its pupils, rebuilt from Placements' register like Health's read model

var health = builder.AddService<Projects.Health_Api>(ResourceNames.Health, signingKey)
    .WithDatabase(postgres.AddDatabase(ResourceNames.HealthDb))
    .WithMessaging(messaging)
    .WithGrpcReference(placements); // its read model, rebuilt from Placements' register; it retries until Placements answers, so no wait

var leavingCare = builder.AddService<Projects.LeavingCare_Api>(ResourceNames.LeavingCare, signingKey)
    .WithDatabase(postgres.AddDatabase(ResourceNames.LeavingCareDb))
    .WithMessaging(messaging)
    .WithGrpcReference(placements); // its young people's histories, rebuilt from Placements' register (care leavers who left before go-live)

var notifications = builder.AddService<Projects.Notifications_Api>(ResourceNames.Notifications, signingKey)
    .WithDatabase(postgres.AddDatabase(ResourceNames.NotificationsDb))
    .WithMessaging(messaging)
    .WithMail(mail);

// The SSDA903 return for the performance team and the Board's scorecard: it reads the tables Placements, Health and
// Leaving Care own and every service's aggregate, under the caller's own token, when asked; it publishes and consumes
// nothing, so no broker, and it waits for none of them.
var reporting = builder.AddService<Projects.Reporting_Api>(ResourceNames.Reporting, signingKey)
    .WithDatabase(postgres.AddDatabase(ResourceNames.ReportingDb))
    .WithGrpcReference(placements)
    .WithGrpcReference(health)
    .WithGrpcReference(leavingCare)
    .WithGrpcReference(virtualSchool)
    .WithGrpcReference(notifications);

IResourceBuilder<ProjectResource>[] services = [placements, virtualSchool, health, leavingCare, notifications];

// The staff's pages: every service's REST API, and gRPC where a page's action is offered only there (recording an assessment).
builder.AddService<Projects.Portal_Web>(ResourceNames.Portal, signingKey)
    .WithHttpReferences([.. services, reporting])
    .WithGrpcReference(health);

if (builder.Configuration.GetValue("DemoData:Enabled", true))
{
    virtualSchool.WithVirtualSchoolDemoSettings();
    notifications.WithNotificationsDemoSettings();

    // Waits for every service, not only Placements: an event published before a consumer's queue is bound is not delivered
    // to it; and for Reporting, where it puts the case system's own tables last.
    var demoData = builder.AddProject<Projects.CorporateParenting_DemoData>(ResourceNames.DemoData)
        .WithGrpcReference(placements)
        .WithGrpcReference(health)
        .WithHttpReferences(virtualSchool, leavingCare, notifications, reporting)
        .WithEnvironment("Authentication__DevelopmentSigningKey", signingKey)
        .WithEnvironment("DemoData__MarkerDirectory", PlatformInfrastructure.DataDirectory(builder))
        .WaitForAll([.. services, reporting]);
    if (builder.Configuration["DemoData:Children"] is { } children)
    {
        demoData.WithEnvironment("DemoData__Children", children);
    }
}

builder.ReportTimeToHealthy();
await builder.Build().RunAsync();
return 0;
