using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Shared;
using Portal.Web.Services;
using HealthService = CorporateParenting.Health.V1.Health;

namespace Portal.Web.Pages.Health;

/// <summary>
/// The health team's worklist: every open assessment and check, with its RAG (red overdue, amber due within 10 days) and
/// counts of each, filtered by kind, team and overdue, sorted by any column; each row leads to recording what happened.
/// </summary>
public sealed class IndexModel(ServiceCalls services, HealthService.HealthClient health) : PageModel
{
    /// <summary>The most the page lists at once; the health service's own ceiling.</summary>
    public const int Limit = 1000;

    public static readonly IReadOnlyList<(string Key, string Label)> Columns =
        [("child", "Child"), ("kind", "Assessment"), ("team", "Team"), ("due", "Due"), ("status", "Status")];

    public string? Kind { get; private set; }
    public string? Team { get; private set; }
    public bool OverdueOnly { get; private set; }
    public SortOrder Sorting { get; private set; } = new("due", false);

    public ServiceAnswer<Worklist>? Worklist { get; private set; }

    public IReadOnlyList<WorklistItem> Items { get; private set; } = [];

    public int Count(string rag) => Items.Count(i => i.Rag == rag);

    public async Task OnGetAsync(string? kind, string? team, bool overdue, string? sort, string? order, CancellationToken ct)
    {
        Kind = HealthWords.Kinds.Any(k => k.Code == kind) ? kind : null;
        Team = HealthWords.Teams.Any(t => t.Code == team) ? team : null;
        OverdueOnly = overdue;
        Sorting = SortOrder.Read(sort, order, Columns, "due");
        Worklist = await services.CallAsync(ResourceNames.Health, async token => await health.ListWorklistAsync(
            new ListWorklistRequest { Kind = Kind ?? "", Team = Team ?? "", OverdueOnly = OverdueOnly, Limit = Limit }, cancellationToken: token), ct);
        if (Worklist.Value is { } worklist)
        {
            Items = Sorted(worklist.Items);
        }
    }

    /// <summary>The query that shows this list sorted by <paramref name="column"/>, filtered as it is.</summary>
    public string SortLink(string column) =>
        Sorting.Link(column, [new("kind", Kind), new("team", Team), new("overdue", OverdueOnly ? "true" : null)]);

    private List<WorklistItem> Sorted(IEnumerable<WorklistItem> items)
    {
        Func<WorklistItem, string> key = Sorting.Column switch
        {
            "child" => i => $"{i.FamilyName} {i.GivenName}",
            "kind" => i => HealthWords.Kind(i.Assessment.Kind),
            "team" => i => i.Team,
            "status" => i => HealthWords.Status(i.Assessment.Status),
            _ => i => i.Assessment.DueOn,
        };
        return Sorting.Apply(items, key, i => i.Assessment.DueOn);
    }
}
