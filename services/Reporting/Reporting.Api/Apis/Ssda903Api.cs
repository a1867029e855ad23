using CorporateParenting.Audit;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Api.Return;
using Reporting.Api.Sources;
using Reporting.Domain;

namespace Reporting.Api.Apis;

/// <summary>One finding of the self-check.</summary>
public sealed record FindingView(string Child, string Table, string Field, string Rule, string Message);

/// <summary>The self-check of a year's return: every finding, the services' own and the cross-table rules', streamed as read.</summary>
public sealed record FindingsView(string CollectionYear, int YearEnding, IAsyncEnumerable<FindingView> Findings);

/// <summary>
/// The SSDA903 return for the performance team (docs/ssda903.md §7.3): the year's tables as one zip, streamed as it is
/// read, and the self-check that lists what the DfE's rules would refuse so it can be put right first. Both audited.
/// </summary>
public static class Ssda903Api
{
    public const string Prefix = "/api/reporting/ssda903";

    public static RouteGroupBuilder MapSsda903Api(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("SSDA903 return").RequireAuthorization(Policies.ProduceReturns);
        group.MapGet("/{yearEnding}", DownloadAsync).WithName("DownloadSsda903Return")
            .WithSummary("The year's SSDA903 return as a zip (Header, Episodes, UASC, SWEpisodes, OC2, OC3, last year's Header and Episodes, findings.csv); yearEnding 2026 is 2025-26 (audited)")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status502BadGateway);
        group.MapGet("/{yearEnding}/findings", FindingsAsync).WithName("CheckSsda903Return")
            .WithSummary("What the DfE's rules would refuse in the year's return, each with child, table, field, rule and message (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status502BadGateway);
        return group;
    }

    /// <summary>
    /// The zip is written into the response as the services stream their rows. Leaving Care's rows are asked for first,
    /// before anything is sent, so a service that refuses or is away is a 502 naming it; once the zip has begun, a failure
    /// can only break the download off, and a broken zip does not open.
    /// </summary>
    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        string yearEnding, ReturnSources sources, Ssda903Assembly assembly, IAuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var year = YearOf(yearEnding);
        await audit.RecordAsync(new AuditEntry($"GET {Prefix}/{{yearEnding}}", "ssda903-return", null, year.Name), ct);
        IReadOnlyList<CorporateParenting.LeavingCare.V1.Oc3Row> oc3;
        try
        {
            oc3 = await sources.Oc3Async(year, ct);
        }
        catch (RpcException refused)
        {
            return SourceProblems.Of(refused);
        }
        return TypedResults.Stream(async body =>
        {
            await using var files = await ZipReturnFiles.CreateAsync(body, http.RequestAborted);
            await assembly.AssembleAsync(year, oc3, files, http.RequestAborted);
        }, "application/zip", $"SSDA903_{year.Name}.zip");
    }

    private static async Task<Results<Ok<FindingsView>, ProblemHttpResult>> FindingsAsync(
        string yearEnding, ReturnSources sources, Ssda903Assembly assembly, IAuditTrail audit, CancellationToken ct)
    {
        var year = YearOf(yearEnding);
        await audit.RecordAsync(new AuditEntry($"GET {Prefix}/{{yearEnding}}/findings", "ssda903-return", null, year.Name), ct);
        try
        {
            var oc3 = await sources.Oc3Async(year, ct);
            var findings = await assembly.CheckAsync(year, oc3, ct);
            return TypedResults.Ok(new FindingsView(year.Name, year.EndYear,
                findings.Select(f => new FindingView(f.Child, f.Table, f.Field, f.Rule, f.Message))));
        }
        catch (RpcException refused)
        {
            return SourceProblems.Of(refused);
        }
    }

    /// <summary>The year as a four-digit year ending, e.g. 2026 for 2025-26; otherwise 400 naming <c>yearEnding</c>.</summary>
    internal static CollectionYear YearOf(string yearEnding)
    {
        var errors = new FieldErrors();
        if (!int.TryParse(yearEnding, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            errors.Add("yearEnding", "must be the year the collection year ends in, e.g. 2026 for April 2025 to March 2026.");
            errors.ThrowIfAny();
        }
        var year = errors.CollectionYearEnding("yearEnding", value);
        errors.ThrowIfAny();
        return year;
    }
}
