using Microsoft.Extensions.Logging;

namespace CorporateParenting.Infrastructure;

internal sealed record RabbitMqTools(string Server, string Ctl, string Epmd)
{
    // Debian's /usr/sbin/rabbitmq-server re-runs itself through `su rabbitmq`, which resets HOME and so the
    // cookie; the scripts in /usr/lib/rabbitmq/bin take our environment as it is and run fine as root.
    private static readonly string[] ScriptFolders = ["/usr/lib/rabbitmq/bin", "/usr/local/lib/rabbitmq/bin"];

    public static async Task<RabbitMqTools> EnsureInstalledAsync(ILogger logger, CancellationToken ct)
    {
        var server = await PrerequisiteInstaller.EnsureAsync(
            "RabbitMQ server (rabbitmq-server)", FindServer, "rabbitmq-server", logger, ct);
        var ctl = Path.Combine(Path.GetDirectoryName(server)!, "rabbitmqctl");
        var epmd = FindEpmd() ?? throw new InvalidOperationException(
            "epmd (Erlang) is not installed: install the Debian package 'erlang-base' (sudo apt-get install -y erlang-base).");
        return new RabbitMqTools(server, ctl, epmd);
    }

    private static string? FindServer() =>
        ScriptFolders.Select(dir => Path.Combine(dir, "rabbitmq-server")).FirstOrDefault(File.Exists)
        ?? ProcessRunner.FindOnPath("rabbitmq-server");

    private static string? FindEpmd()
    {
        if (ProcessRunner.FindOnPath("epmd") is { } onPath)
        {
            return onPath;
        }

        const string erlang = "/usr/lib/erlang";
        return Directory.Exists(erlang)
            ? Directory.GetDirectories(erlang, "erts-*").Select(d => Path.Combine(d, "bin", "epmd")).FirstOrDefault(File.Exists)
            : null;
    }
}
