using Microsoft.EntityFrameworkCore;
using Placements.Api.Infrastructure;

namespace Placements.Api.Import;

/// <summary>
/// <c>dotnet run --project services/Placements/Placements.Api -- import &lt;Header.csv&gt; &lt;Episodes.csv&gt; [--rejections &lt;file&gt;]</c>:
/// imports a caseload into the service's database (migrating it first) and writes the rejection report as CSV.
/// Uses the service's own configuration (<c>ConnectionStrings__placementsdb</c>, <c>Authority__Code</c>).
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public static bool Matches(string[] args) => args.FirstOrDefault() == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length is not (3 or 5) || (args.Length == 5 && args[3] != "--rejections"))
        {
            await Console.Error.WriteLineAsync("usage: import <Header.csv> <Episodes.csv> [--rejections <report.csv>]");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlacementsDbContext>().Database.MigrateAsync();
        using var header = File.OpenText(args[1]);
        using var episodes = File.OpenText(args[2]);
        var report = await scope.ServiceProvider.GetRequiredService<CaseloadImport>().ImportAsync(header, episodes, CancellationToken.None);

        Console.WriteLine($"Imported {report.Imported} children; {report.Unchanged} already recorded unchanged; {report.RejectedChildren} refused.");
        if (args.Length == 5)
        {
            await using var writer = File.CreateText(args[4]);
            await report.WriteRejectionsCsvAsync(writer);
        }
        else if (report.Rejections.Count > 0)
        {
            await report.WriteRejectionsCsvAsync(Console.Out);
        }
        return 0;
    }
}
