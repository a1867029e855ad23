using CorporateParenting.Calendar;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Reporting.Api.Options;
using Reporting.Api.Scorecard;

namespace Reporting.Api.Apis;

/// <summary>
/// The Corporate Parenting Board's scorecard (docs/scorecard.md): aggregates only, every small count shown as "c", for
/// the Board, the performance team and our own staff; as JSON, or as one CSV of the figures and their trends.
/// </summary>
public static class ScorecardApi
{
    public const string Route = "/api/reporting/scorecard";
    public const string CsvRoute = "/api/reporting/scorecard.csv";

    private const string Parameters = "as at a day (asAt, default today): each figure beside its target, the national and neighbours' figures, with monthly trends (months, 0–24, default 12); periodStart (default 1 April) bounds entries, exits and notices";

    public static IEndpointRouteBuilder MapScorecardApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, GetAsync).WithTags("Corporate Parenting Board").WithName("GetScorecard")
            .RequireAuthorization(Policies.ReadAggregates)
            .WithSummary($"The Board's scorecard {Parameters}")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status502BadGateway);
        endpoints.MapGet(CsvRoute, GetCsvAsync).WithTags("Corporate Parenting Board").WithName("GetScorecardCsv")
            .RequireAuthorization(Policies.ReadAggregates)
            .WithSummary($"The Board's scorecard as CSV, a row per figure then a row per trend point, {Parameters}")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status502BadGateway);
        return endpoints;
    }

    private static async Task<Results<Ok<ScorecardView>, ProblemHttpResult>> GetAsync(
        string? asAt, string? periodStart, int? months, AssembleScorecard scorecard, IOptions<ScorecardOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (day, start, trendMonths) = Validated(asAt, periodStart, months, options.Value, clock);
        try
        {
            return TypedResults.Ok(await scorecard.HandleAsync(day, start, trendMonths, ct));
        }
        catch (RpcException refused)
        {
            return SourceProblems.Of(refused);
        }
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCsvAsync(
        string? asAt, string? periodStart, int? months, AssembleScorecard scorecard, IOptions<ScorecardOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (day, start, trendMonths) = Validated(asAt, periodStart, months, options.Value, clock);
        try
        {
            var view = await scorecard.HandleAsync(day, start, trendMonths, ct);
            return TypedResults.File(await ScorecardCsv.WriteAsync(view), "text/csv; charset=utf-8", $"scorecard-{day:yyyy-MM-dd}.csv");
        }
        catch (RpcException refused)
        {
            return SourceProblems.Of(refused);
        }
    }

    private static (DateOnly AsAt, DateOnly PeriodStart, int Months) Validated(string? asAt, string? periodStart, int? months, ScorecardOptions options, TimeProvider clock)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var day = errors.OptionalDate(nameof(asAt), asAt, DateKind.Event, today) ?? today;
        errors.NotAfterToday(nameof(asAt), day, today, "figures are as at a day that has come.");
        var start = errors.OptionalDate(nameof(periodStart), periodStart, DateKind.Event, today) ?? CollectionYear.Containing(day).Start;
        if (start > day)
        {
            errors.Add(nameof(periodStart), $"is after asAt ({day:yyyy-MM-dd}): a period ends on asAt.");
        }
        var trendMonths = months ?? options.DefaultMonths;
        if (trendMonths is < 0 or > MonthEnds.MaxMonths)
        {
            errors.Add(nameof(months), $"must be from 0 to {MonthEnds.MaxMonths}.");
        }
        errors.ThrowIfAny();
        return (day, start, trendMonths);
    }
}
