using Microsoft.Extensions.Logging;

namespace CorporateParenting.Infrastructure;

/// <summary>Finds a server's binaries, installing the Debian package when we are root on a machine with apt-get.</summary>
public static class PrerequisiteInstaller
{
    private const string AptGet = "/usr/bin/apt-get";
    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(10);

    // PostgreSQL and RabbitMQ start concurrently; two apt-get runs at once would fight over the dpkg lock.
    private static readonly SemaphoreSlim AptGate = new(1, 1);

    public static async Task<string> EnsureAsync(
        string what, Func<string?> locate, string debianPackage, ILogger logger, CancellationToken ct)
    {
        if (locate() is { } found)
        {
            return found;
        }

        if (!ProcessRunner.IsRoot || !File.Exists(AptGet))
        {
            throw new InvalidOperationException(
                $"{what} is not installed: install the Debian package '{debianPackage}' " +
                $"(sudo apt-get install -y {debianPackage}), or run a Docker engine and set CP_INFRASTRUCTURE=containers.");
        }

        await AptGate.WaitAsync(ct);
        try
        {
            if (locate() is { } installedMeanwhile)
            {
                return installedMeanwhile;
            }

            logger.LogWarning("{What} is not installed; installing Debian package {Package} with apt-get", what, debianPackage);
            var install = await InstallAsync(debianPackage, ct);
            if (!install.Succeeded)
            {
                logger.LogInformation("apt-get install failed; running apt-get update and trying again");
                (await RunAptAsync(["update"], ct)).EnsureSuccess("apt-get update");
                (await InstallAsync(debianPackage, ct)).EnsureSuccess($"Installing {debianPackage}");
            }

            logger.LogInformation("Installed Debian package {Package}", debianPackage);
        }
        finally
        {
            AptGate.Release();
        }

        return locate() ?? throw new InvalidOperationException(
            $"{what} is still not found after installing the Debian package '{debianPackage}'.");
    }

    private static Task<ProcessResult> InstallAsync(string debianPackage, CancellationToken ct) =>
        RunAptAsync(["install", "-y", "--no-install-recommends", debianPackage], ct);

    private static Task<ProcessResult> RunAptAsync(string[] arguments, CancellationToken ct) =>
        ProcessRunner.RunAsync(
            AptGet,
            ["-o", "DPkg::Lock::Timeout=300", .. arguments],
            AptTimeout,
            new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" },
            ct: ct);
}
