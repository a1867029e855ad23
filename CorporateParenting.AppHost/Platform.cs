using CorporateParenting.AppHost.Model;
using Microsoft.Extensions.Configuration;

namespace CorporateParenting.AppHost;

/// <summary>The Corporate Parenting Platform: what runs, on which default ports, and what references what.</summary>
public static class Platform
{
    public static PlatformModel Declare(IConfiguration configuration)
    {
        var platform = new PlatformModel(configuration);

        var postgres = platform.AddPostgres(ResourceNames.Postgres, port: 55432);
        var messaging = platform.AddRabbitMq(ResourceNames.Messaging, port: 55672);

        var placements = platform.AddProject(ResourceNames.Placements, "services/Placements/Placements.Api", httpPort: 5101, grpcPort: 5111)
            .WithReference(postgres.AddDatabase(ResourceNames.PlacementsDb))
            .WithReference(messaging);

        var virtualSchool = platform.AddProject(ResourceNames.VirtualSchool, "services/VirtualSchool/VirtualSchool.Api", httpPort: 5102, grpcPort: 5112)
            .WithReference(postgres.AddDatabase(ResourceNames.VirtualSchoolDb))
            .WithReference(messaging)
            .WithReference(placements);

        var health = platform.AddProject(ResourceNames.Health, "services/Health/Health.Api", httpPort: 5103, grpcPort: 5113)
            .WithReference(postgres.AddDatabase(ResourceNames.HealthDb))
            .WithReference(messaging)
            .WithReference(placements);

        var leavingCare = platform.AddProject(ResourceNames.LeavingCare, "services/LeavingCare/LeavingCare.Api", httpPort: 5104, grpcPort: 5114)
            .WithReference(postgres.AddDatabase(ResourceNames.LeavingCareDb))
            .WithReference(messaging)
            .WithReference(placements);

        var notifications = platform.AddProject(ResourceNames.Notifications, "services/Notifications/Notifications.Api", httpPort: 5105, grpcPort: 5115)
            .WithReference(postgres.AddDatabase(ResourceNames.NotificationsDb))
            .WithReference(messaging)
            .WithReference(placements);

        platform.AddProject(ResourceNames.Portal, "services/Portal/Portal.Web", httpPort: 5100)
            .WithReference(placements)
            .WithReference(virtualSchool)
            .WithReference(health)
            .WithReference(leavingCare)
            .WithReference(notifications);

        return platform;
    }
}
