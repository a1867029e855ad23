using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Shared;
using Portal.Web.Services;

namespace Portal.Web.Pages.Board;

/// <summary>
/// The Corporate Parenting Board's dashboard: the reporting service's scorecard as tiles against targets, its trends as
/// charts each with its table, and the CSV the Board's papers take. Aggregates only: nothing here names a child.
/// </summary>
public sealed class IndexModel(ServiceCalls services, TimeProvider clock) : PageModel
{
    public const string AsAtField = "as-at";

    public DateInput AsAt { get; private set; } = DateInput.Empty;

    public Dictionary<string, string> Errors { get; } = [];

    public ServiceAnswer<Scorecard>? Scorecard { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "as-at-day")] string? day, [FromQuery(Name = "as-at-month")] string? month, [FromQuery(Name = "as-at-year")] string? year,
        CancellationToken ct)
    {
        if (Read(day, month, year) is not { } asAt)
        {
            return Page();
        }
        Scorecard = await services.GetAsync<Scorecard>(ResourceNames.Reporting, $"{Services.Scorecard.Route}?asAt={DateInput.Iso(asAt)}", ct);
        return Page();
    }

    /// <summary>The same figures as CSV, made by the reporting service so that the file and the page cannot differ.</summary>
    public async Task<IActionResult> OnGetCsvAsync(
        [FromQuery(Name = "as-at-day")] string? day, [FromQuery(Name = "as-at-month")] string? month, [FromQuery(Name = "as-at-year")] string? year,
        CancellationToken ct)
    {
        if (Read(day, month, year) is not { } asAt)
        {
            return Page();
        }
        var csv = await services.GetBytesAsync(ResourceNames.Reporting, $"{Services.Scorecard.CsvRoute}?asAt={DateInput.Iso(asAt)}", ct);
        if (csv.Value is { } bytes)
        {
            return File(bytes, "text/csv; charset=utf-8", $"scorecard-{DateInput.Iso(asAt)}.csv");
        }
        Scorecard = new(null, csv.Problem);
        return Page();
    }

    private DateOnly? Read(string? day, string? month, string? year)
    {
        AsAt = new DateInput(day, month, year);
        if (AsAt.IsBlank)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            AsAt = DateInput.Of(today);
            return today;
        }
        var (date, error) = AsAt.Read("The date the figures are as at");
        if (error is null && date > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            error = "The date the figures are as at must be today or in the past";
        }
        if (error is not null)
        {
            Errors[AsAtField + "-day"] = error;
            return null;
        }
        return date;
    }
}
