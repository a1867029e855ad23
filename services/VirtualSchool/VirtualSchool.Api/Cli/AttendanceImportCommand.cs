using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Feed;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;

namespace VirtualSchool.Api.Cli;

/// <summary>
/// <c>attendance import FILE [--source S]</c>: the same import as the upload, against the configured database
/// (<c>ConnectionStrings__virtualschooldb</c>), with its progress on standard error for large files and the report on
/// standard output. Exit code 0 when the file was imported (rows may still have been refused: see the report), 1 when
/// it could not be (missing file, unreadable header, database), 2 for wrong arguments.
/// </summary>
public static class AttendanceImportCommand
{
    private const string Usage = "usage: dotnet run --project services/VirtualSchool/VirtualSchool.Api -- attendance import FILE [--source S]";

    public static bool Matches(string[] args) => args.Length >= 1 && args[0] == "attendance";

    /// <param name="contentRoot">Where appsettings.json is: the program's own folder unless given (a test runs it from the sources).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, string? contentRoot = null)
    {
        if (args.Length < 3 || args[1] != "import" || args[2].StartsWith("--", StringComparison.Ordinal))
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        string path = args[2];
        string? source = null;
        var rest = new List<string>();
        for (int i = 3; i < args.Length; i++)
        {
            if (args[i] == "--source" && i + 1 < args.Length)
            {
                source = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"attendance import: no file at '{path}'.");
            return 1;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. rest], ContentRootPath = contentRoot ?? AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddServiceDatabase<VirtualSchoolDbContext>(ResourceNames.VirtualSchoolDb);
        builder.AddAttendanceRules();
        using var host = builder.Build();
        try
        {
            await host.StartAsync(); // applies pending migrations
            await using var scope = host.Services.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<AttendanceImport>();
            var sender = new FeedSender($"cli:{Environment.UserName}", null, source ?? FeedSender.DefaultSource, Path.GetFileName(path));
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            var progress = new Progress(errors, file.Length);
            var outcome = await import.ImportAsync(file, sender, progress, CancellationToken.None);
            await WriteReportAsync(output, outcome, scope.ServiceProvider.GetRequiredService<IOptions<AttendanceFeedOptions>>().Value);
            await host.StopAsync();
            return 0;
        }
        catch (RequestValidationException refused)
        {
            await errors.WriteLineAsync($"attendance import: {string.Join(" ", refused.Errors.SelectMany(e => e.Value))}");
            return 1;
        }
        catch (Exception failed) when (failed is IOException or Npgsql.NpgsqlException or InvalidOperationException or DomainException
                                          or CorporateParenting.Rules.RuleViolation or System.Text.DecoderFallbackException)
        {
            await errors.WriteLineAsync($"attendance import: the file was not imported: {failed.Message}");
            return 1;
        }
    }

    private static async Task WriteReportAsync(TextWriter output, ImportOutcome outcome, AttendanceFeedOptions options)
    {
        var r = outcome.Report;
        await output.WriteLineAsync(outcome.AlreadyReceived
            ? $"File {r.FileId} was received before ({r.ReceivedAt:u}): nothing changed. Its report:"
            : $"File {r.FileId} imported.");
        await output.WriteLineAsync($"rows read {r.RowsRead:N0}, accepted {r.RowsAccepted:N0} (unchanged {r.RowsUnchanged:N0}, superseding {r.RowsSuperseding:N0}), rejected {r.RowsRejected:N0}");
        foreach (var rejection in r.Rejections)
        {
            await output.WriteLineAsync($"line {rejection.Line}, {rejection.Field}: {rejection.Reason}");
        }
        if (r.RowsRejected > r.Rejections.Count && r.Rejections.Count == options.ReportedRejections)
        {
            await output.WriteLineAsync($"(the first {r.Rejections.Count:N0} rejections; all of them: GET /api/virtual-school/attendance/files/{r.FileId}/rejections)");
        }
    }

    /// <summary>Rows read, rows a second and how far through the file, on standard error.</summary>
    private sealed class Progress(TextWriter errors, long fileBytes) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => errors.WriteLine(
            $"{value.Rows:N0} rows read ({value.Rejected:N0} refused), {value.RowsPerSecond:N0} rows/s, "
            + $"{(fileBytes > 0 ? 100.0 * value.Bytes / fileBytes : 100):N0}% of the file, {value.Elapsed:hh\\:mm\\:ss}");
    }
}
