using System.Text.RegularExpressions;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Shared;
using Portal.Web.Services;

namespace Portal.Web.Pages.VirtualSchool;

/// <summary>
/// The Virtual School's worklist: its open alerts (attendance, exclusions, PEPs due, overdue and returned) with counts of
/// each kind and their RAG, filtered by kind, school, responsibility and day, sorted by any column (links, no script);
/// the schools whose marks are missing today with the last file their feed sent; each alert resolved with a note.
/// </summary>
public sealed partial class IndexModel(ServiceCalls services, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const string UrnField = "urn";

    /// <summary>Where an error about the list as a whole (an alert someone else resolved) is linked to.</summary>
    public const string AlertsTable = "alerts";

    /// <summary>The most schools whose feed status is asked for at once.</summary>
    public const int MaxSchools = 20;

    public static readonly IReadOnlyList<(string Key, string Label)> Columns =
        [("pupil", "Pupil"), ("kind", "Alert"), ("on", "Day"), ("school", "School"), ("raised", "Raised")];

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "responsibility")]
    public string? Responsibility { get; set; }

    [BindProperty(SupportsGet = true, Name = UrnField)]
    public string? Urn { get; set; }

    [BindProperty(SupportsGet = true, Name = "today")]
    public bool TodayOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "order")]
    public string? Order { get; set; }

    public bool Descending => Order is null ? Sort == "raised" : Order == "descending";

    /// <summary>The service's today (UTC), the day "today" means to it.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Dictionary<string, string> Errors { get; } = [];

    public bool CanResolve { get; private set; }

    public ServiceAnswer<AlertWorklist>? Worklist { get; private set; }

    public IReadOnlyList<WorklistAlert> Items { get; private set; } = [];

    public ServiceProblem? MissingMarksProblem { get; private set; }

    public IReadOnlyList<SchoolMissingMarks> SchoolsMissingMarks { get; private set; } = [];

    /// <summary>How many schools are missing marks, when there are more than <see cref="MaxSchools"/> to show.</summary>
    public int SchoolsMissingMarksCount { get; private set; }

    /// <summary>The alert whose resolution was refused, and the note typed for it, shown again.</summary>
    public long? Resolving { get; private set; }

    public string? Note { get; private set; }

    public sealed record SchoolMissingMarks(string Urn, int Pupils, int Sessions, ServiceAnswer<FeedStatus> Feed);

    public static string NoteField(long alertId) => $"note-{alertId}";

    public int Count(string kind) => Worklist?.Value?.CountsByKind.GetValueOrDefault(kind) ?? 0;

    public async Task OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostResolveAsync([FromForm(Name = "alert")] long alertId, [FromForm(Name = "note")] string? note, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteVirtualSchool)).Succeeded)
        {
            return Forbid();
        }
        (Resolving, Note) = (alertId, note);
        var field = NoteField(alertId);
        if (string.IsNullOrWhiteSpace(note))
        {
            Errors[field] = "Enter what was done about the alert";
        }
        else if (note.Trim().Length > 500)
        {
            Errors[field] = "What was done must be 500 characters or fewer";
        }
        else
        {
            var resolved = await services.PostAsync<ResolvedAlert>(ResourceNames.VirtualSchool, VirtualSchoolRoutes.Resolve(alertId), new { note = note.Trim() }, ct);
            if (resolved.Value is { } alert)
            {
                TempData["Resolved"] = $"{AlertWords.Kind(alert.Kind).Label} alert resolved. It has left the worklist.";
                return Redirect("/virtual-school" + Query());
            }
            var problem = resolved.Problem!;
            var message = problem.Kind switch
            {
                ServiceProblemKind.NotAnswering => $"{problem.ServiceName} {problem.Message}",
                ServiceProblemKind.Invalid when problem.FieldErrors.TryGetValue("note", out var noteError) => $"What was done {noteError}",
                ServiceProblemKind.NotFound => "This alert is no longer on the worklist",
                _ => problem.Message,
            };
            Errors[problem.Kind is ServiceProblemKind.Conflict or ServiceProblemKind.NotFound ? AlertsTable : field] = message;
        }
        await ShowAsync(ct);
        return Page();
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        Kind = AlertWords.Kinds.Any(k => k.Code == Kind) ? Kind : null;
        Responsibility = AlertWords.Responsibilities.Any(r => r.Code == Responsibility) ? Responsibility : null;
        Sort = Columns.Any(c => c.Key == Sort) ? Sort : "raised";
        Order = Order is "ascending" or "descending" ? Order : null;
        Urn = string.IsNullOrWhiteSpace(Urn) ? null : Urn.Trim();
        if (Urn is not null && !SchoolUrn().IsMatch(Urn))
        {
            Errors[UrnField] = "Enter the school's URN, 6 or 7 digits";
            return;
        }
        CanResolve = (await authorization.AuthorizeAsync(User, Policies.WriteVirtualSchool)).Succeeded;

        var list = services.GetAsync<AlertWorklist>(ResourceNames.VirtualSchool, WorklistPath(Kind, TodayOnly ? Today : null), ct);
        var missing = SchoolsMissingMarksAsync(ct);
        Worklist = await list;
        await missing;
        if (Worklist.Value is { } worklist)
        {
            Items = Sorted(worklist.Items);
        }
    }

    /// <summary>Today's missing marks by school, most pupils first, each school with the last file its feed sent.</summary>
    private async Task SchoolsMissingMarksAsync(CancellationToken ct)
    {
        var missing = await services.GetAsync<AlertWorklist>(ResourceNames.VirtualSchool, WorklistPath(AlertWords.MarkMissing, Today), ct);
        if (missing.Value is not { } alerts)
        {
            MissingMarksProblem = missing.Problem;
            return;
        }
        var schools = alerts.Items.Where(a => a.Urn is not null).GroupBy(a => a.Urn!)
            .Select(g => (Urn: g.Key, Pupils: g.Select(a => a.PupilId).Distinct().Count(), Sessions: g.Count()))
            .OrderByDescending(s => s.Pupils).ThenBy(s => s.Urn, StringComparer.Ordinal).ToList();
        SchoolsMissingMarksCount = schools.Count;
        var feeds = await Task.WhenAll(schools.Take(MaxSchools).Select(s =>
            services.GetAsync<FeedStatus>(ResourceNames.VirtualSchool, VirtualSchoolRoutes.FeedStatus(s.Urn), ct)));
        SchoolsMissingMarks = [.. schools.Take(MaxSchools).Select((s, i) => new SchoolMissingMarks(s.Urn, s.Pupils, s.Sessions, feeds[i]))];
    }

    private string WorklistPath(string? kind, DateOnly? on) =>
        VirtualSchoolRoutes.Worklist + QueryString.Create(new Dictionary<string, string?>
        {
            ["kind"] = kind, ["urn"] = Urn, ["responsibility"] = Responsibility, ["date"] = on is { } day ? DateInput.Iso(day) : null,
            ["pageSize"] = VirtualSchoolRoutes.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null)).ToUriComponent();

    /// <summary>This list's query, with any of its values changed (null leaves a value out).</summary>
    public string Query(params (string Name, string? Value)[] changes)
    {
        var query = new Dictionary<string, string?>
        {
            ["kind"] = Kind, ["responsibility"] = Responsibility, [UrnField] = Urn, ["today"] = TodayOnly ? "true" : null,
            ["sort"] = Sort == "raised" ? null : Sort, ["order"] = Order,
        };
        foreach (var (name, value) in changes)
        {
            query[name] = value;
        }
        return QueryString.Create(query.Where(p => p.Value is not null)).ToUriComponent();
    }

    /// <summary>The query that sorts the list by <paramref name="column"/>: a second click on the sorted column turns it round.</summary>
    public string SortLink(string column) =>
        Query(("sort", column), ("order", column == Sort ? (Descending ? "ascending" : "descending") : null));

    public string AriaSort(string column) => column != Sort ? "none" : Descending ? "descending" : "ascending";

    private List<WorklistAlert> Sorted(IEnumerable<WorklistAlert> items)
    {
        Func<WorklistAlert, string> key = Sort switch
        {
            "pupil" => a => $"{a.FamilyName} {a.GivenName}",
            "kind" => a => AlertWords.Kind(a.Kind).Label,
            "on" => a => $"{DateInput.Iso(a.On)} {a.Session}",
            "school" => a => a.Urn ?? "",
            _ => a => a.RaisedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        var sorted = Descending ? items.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : items.OrderBy(key, StringComparer.OrdinalIgnoreCase);
        return [.. sorted.ThenByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id)];
    }

    [GeneratedRegex("^[0-9]{6,7}$")]
    private static partial Regex SchoolUrn();
}
