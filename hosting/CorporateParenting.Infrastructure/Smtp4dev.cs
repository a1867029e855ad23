using Microsoft.Extensions.Logging;

namespace CorporateParenting.Infrastructure;

/// <summary>
/// How the platform runs smtp4dev (the <c>Rnwood.Smtp4dev</c> .NET tool of the repository's tool manifest, or its
/// <c>rnwood/smtp4dev</c> image): an SMTP server that keeps every email it receives and shows them in a web view, so
/// nothing the platform sends locally ever leaves the machine. Shared by <see cref="LocalSmtpServer"/> and the AppHost.
/// </summary>
internal static class Smtp4dev
{
    /// <summary>The tool's command in <c>.config/dotnet-tools.json</c>.</summary>
    public const string ToolCommand = "smtp4dev";

    public const string Image = "rnwood/smtp4dev";
    public const string ImageTag = "v3";

    /// <summary>Where the image listens: SMTP on 25, the web view on 80.</summary>
    public const int ContainerSmtpPort = 25;
    public const int ContainerWebPort = 80;

    /// <summary>A small answer of the web API: once it answers, the SMTP server (started first) listens too.</summary>
    public const string ProbePath = "/api/version";

    /// <summary>Its default is 100; the demo alone sends about 150 emails, and a person looking for one should find it.</summary>
    public const int MessagesToKeep = 5000;

    /// <summary>The platform's connection string form, Aspire's MailKit convention: <c>Endpoint=smtp://127.0.0.1:55025</c>.</summary>
    public static string ConnectionString(string host, int port) => $"Endpoint=smtp://{host}:{port}";

    /// <summary>The <c>dotnet</c> that runs the tool: the one running this process when it is dotnet (tests, the AppHost under dotnet run), else PATH's.</summary>
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : ProcessRunner.FindOnPath("dotnet") ?? "dotnet";

    /// <summary>
    /// <c>dotnet tool run smtp4dev --</c> and the settings that do not depend on ports: SMTP bound to 127.0.0.1 only,
    /// IMAP and POP3 off, messages kept in memory, user settings ignored, and its app data under <paramref name="appDataFolder"/>.
    /// The ports follow, each after its option: <see cref="SmtpPortOption"/>, <see cref="WebUrlOption"/>.
    /// </summary>
    public static IReadOnlyList<string> ToolArguments(string appDataFolder) =>
    [
        "tool", "run", ToolCommand, "--",
        "--bindaddress=127.0.0.1",
        "--imapport=",
        "--pop3port=",
        "--db=",
        "--nousersettings",
        $"--messagestokeep={MessagesToKeep}",
        $"--baseappdatapath={appDataFolder}",
    ];

    public const string SmtpPortOption = "--smtpport=";

    /// <summary>The web view and its API on 127.0.0.1 only, like SMTP.</summary>
    public const string WebUrlOption = "--urls=http://127.0.0.1:";

    /// <summary>
    /// <c>dotnet tool restore</c> in the repository root, so that <c>dotnet tool run</c> finds the manifest's version
    /// (about 1.5 s when everything is already there).
    /// </summary>
    public static async Task RestoreToolAsync(string repositoryRoot, ILogger logger, CancellationToken ct)
    {
        logger.LogDebug("Restoring the repository's .NET tools for {Tool}", ToolCommand);
        (await ProcessRunner.RunAsync(Dotnet, ["tool", "restore"], TimeSpan.FromMinutes(5), workingDirectory: repositoryRoot, ct: ct))
            .EnsureSuccess($"dotnet tool restore (for {ToolCommand}) in {repositoryRoot}");
    }
}
