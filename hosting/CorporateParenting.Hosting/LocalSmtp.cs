using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using CorporateParenting.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.Hosting;

/// <summary>The endpoints every SMTP resource of the platform has, however it runs, and the connection string they make.</summary>
public static class SmtpEndpoints
{
    /// <summary>SMTP, where services send.</summary>
    public const string Smtp = "smtp";

    /// <summary>The web view, linked from the dashboard, where a person reads every email sent.</summary>
    public const string Http = "http";

    /// <summary>Aspire's MailKit convention, <c>Endpoint=smtp://localhost:55025</c>: what a service reads as <c>ConnectionStrings:mail</c>.</summary>
    public static ReferenceExpression ConnectionString(IResourceWithEndpoints server)
    {
        var smtp = server.GetEndpoint(Smtp);
        return ReferenceExpression.Create($"Endpoint=smtp://{smtp.Property(EndpointProperty.Host)}:{smtp.Property(EndpointProperty.Port)}");
    }
}

/// <summary>smtp4dev run from the repository's tool manifest as an executable resource, for machines without a container runtime.</summary>
public sealed class LocalSmtpResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression => SmtpEndpoints.ConnectionString(this);
}

/// <summary>smtp4dev from its <c>rnwood/smtp4dev</c> image, where a container runtime answers.</summary>
public sealed class SmtpContainerResource(string name) : ContainerResource(name), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression => SmtpEndpoints.ConnectionString(this);
}

public static class LocalSmtpExtensions
{
    /// <summary>
    /// smtp4dev as a process: <c>dotnet tool run smtp4dev</c> in the repository root (tools restored first), SMTP and
    /// the web view on the ports Aspire's proxies forward to, bound to 127.0.0.1, emails in memory only; its app data
    /// under <paramref name="dataDirectory"/>, whose marker lets a later start or the application's stop end leftovers.
    /// Healthy once the web API answers.
    /// </summary>
    public static IResourceBuilder<LocalSmtpResource> AddLocalSmtp(
        this IDistributedApplicationBuilder builder, string name, int? smtpPort, int? webPort, string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "smtp4dev");
        var repositoryRoot = RepositoryRoot.Find();
        var logger = LocalServers.Logger(builder, name);
        var server = new LocalSmtpResource(name, Smtp4dev.Dotnet, repositoryRoot);

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (_, ct) =>
        {
            Directory.CreateDirectory(folder);
            await OwnedProcesses.TerminateAsync(folder, TimeSpan.FromSeconds(5), logger, "smtp4dev", LogLevel.Warning);
            await Smtp4dev.RestoreToolAsync(repositoryRoot, logger, ct);
        });
        LocalServers.StopWithTheApplication(builder, () => folder); // dotnet tool run passes SIGTERM on to smtp4dev

        return builder.AddResource(server)
            .WithSmtpEndpoints(smtpPort, webPort, smtpTargetPort: null, webTargetPort: null)
            .WithArgs(context =>
            {
                foreach (var argument in Smtp4dev.ToolArguments(folder))
                {
                    context.Args.Add(argument);
                }
                context.Args.Add(ReferenceExpression.Create($"{Smtp4dev.SmtpPortOption}{server.GetEndpoint(SmtpEndpoints.Smtp).Property(EndpointProperty.TargetPort)}"));
                context.Args.Add(ReferenceExpression.Create($"{Smtp4dev.WebUrlOption}{server.GetEndpoint(SmtpEndpoints.Http).Property(EndpointProperty.TargetPort)}"));
            })
            .WithEnvironment(OwnedProcesses.MarkerVariable, folder);
    }

    /// <summary>smtp4dev's image with the same endpoints, emails in memory only (its settings through <c>ServerOptions__*</c>).</summary>
    public static IResourceBuilder<SmtpContainerResource> AddSmtpContainer(this IDistributedApplicationBuilder builder, string name, int? smtpPort, int? webPort) =>
        builder.AddResource(new SmtpContainerResource(name))
            .WithImage(Smtp4dev.Image, Smtp4dev.ImageTag)
            .WithSmtpEndpoints(smtpPort, webPort, Smtp4dev.ContainerSmtpPort, Smtp4dev.ContainerWebPort)
            .WithEnvironment("ServerOptions__Database", "")
            .WithEnvironment("ServerOptions__NumberOfMessagesToKeep", Smtp4dev.MessagesToKeep.ToString());

    private static IResourceBuilder<T> WithSmtpEndpoints<T>(this IResourceBuilder<T> server, int? smtpPort, int? webPort, int? smtpTargetPort, int? webTargetPort)
        where T : IResourceWithEndpoints =>
        server
            .WithEndpoint(port: smtpPort, targetPort: smtpTargetPort, name: SmtpEndpoints.Smtp, scheme: "tcp")
            .WithHttpEndpoint(port: webPort, targetPort: webTargetPort, name: SmtpEndpoints.Http)
            .WithUrlForEndpoint(SmtpEndpoints.Http, url => url.DisplayText = "Emails sent (smtp4dev)")
            .WithHttpHealthCheck(Smtp4dev.ProbePath, endpointName: SmtpEndpoints.Http);
}
