using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Services;

namespace Portal.Web.Pages.LeavingCare;

/// <summary>
/// The leaving care team's worklist: every open duty soonest first (unallocated young people, needs assessments,
/// pathway plan reviews, Staying Put ending), with counts and RAG, and the care leavers whose birthday window is open
/// with no contact yet; each leads to allocating an adviser or recording a contact.
/// </summary>
public sealed class IndexModel(ServiceCalls services, TimeProvider clock) : PageModel
{
    /// <summary>Due within this many days is amber; past due is red.</summary>
    public const int AmberDays = 14;

    public string? Kind { get; private set; }
    public bool OverdueOnly { get; private set; }
    public DateOnly Today { get; private set; }

    public ServiceAnswer<Page<LeavingCareDuty>>? Duties { get; private set; }
    public ServiceAnswer<List<BirthdayWithoutContact>>? NoContact { get; private set; }

    public IReadOnlyList<LeavingCareDuty> Items => Duties?.Value?.Items ?? [];

    public string Rag(LeavingCareDuty duty) => duty.IsOverdue ? "RED" : duty.DueOn <= Today.AddDays(AmberDays) ? "AMBER" : "GREEN";

    public int Count(string kind) => Items.Count(d => d.Kind == kind);

    public async Task OnGetAsync(string? kind, bool overdue, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Kind = LeavingCareWords.Duties.Any(d => d.Code == kind) ? kind : null;
        OverdueOnly = overdue;
        var query = QueryString.Create(new Dictionary<string, string?> { ["kind"] = Kind, ["overdue"] = overdue ? "true" : null }.Where(p => p.Value is not null));
        var duties = services.GetAsync<Page<LeavingCareDuty>>(ResourceNames.LeavingCare, LeavingCareRoutes.Worklist + query.ToUriComponent().Replace('?', '&'), ct);
        var noContact = services.GetAsync<List<BirthdayWithoutContact>>(ResourceNames.LeavingCare, LeavingCareRoutes.NoContact, ct);
        (Duties, NoContact) = (await duties, await noContact);
    }
}
