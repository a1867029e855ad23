using Microsoft.EntityFrameworkCore;
using Placements.Api.Infrastructure;

namespace Placements.Api.Import;

/// <summary>
/// <c>dotnet run --project services/Placements/Placements.Api -- import &lt;Header.csv&gt; &lt;Episodes.csv&gt; [--placement-authorities &lt;file&gt;] [--rejections &lt;file&gt;]</c>:
/// imports a caseload into the service's database (migrating it first) and writes the rejection report as CSV.
/// Uses the service's own configuration (<c>ConnectionStrings__placementsdb</c>, <c>Authority__Code</c>).
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public static bool Matches(string[] args) => args.FirstOrDefault() == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var options = Options(args);
        if (args.Length < 3 || options is null)
        {
            await Console.Error.WriteLineAsync(
                "usage: import <Header.csv> <Episodes.csv> [--placement-authorities <PlacementAuthorities.csv>] [--rejections <report.csv>]");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlacementsDbContext>().Database.MigrateAsync();
        using var header = File.OpenText(args[1]);
        using var episodes = File.OpenText(args[2]);
        using var placementAuthorities = options.TryGetValue("--placement-authorities", out var path) ? File.OpenText(path) : null;
        var report = await scope.ServiceProvider.GetRequiredService<CaseloadImport>().ImportAsync(header, episodes, placementAuthorities, CancellationToken.None);

        Console.WriteLine($"Imported {report.Imported} children; {report.Unchanged} already recorded unchanged; {report.RejectedChildren} refused.");
        if (options.TryGetValue("--rejections", out var rejections))
        {
            await using var writer = File.CreateText(rejections);
            await report.WriteRejectionsCsvAsync(writer);
        }
        else if (report.Rejections.Count > 0)
        {
            await report.WriteRejectionsCsvAsync(Console.Out);
        }
        return 0;
    }

    /// <summary>The options after the two files, each once with its value; null if any is unknown or lacks a value.</summary>
    private static Dictionary<string, string>? Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 3; i < args.Length; i += 2)
        {
            if (args[i] is not ("--placement-authorities" or "--rejections") || i + 1 >= args.Length || !options.TryAdd(args[i], args[i + 1]))
            {
                return null;
            }
        }
        return options;
    }
}
