using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Services;
using NoticePage = CorporateParenting.ServiceDefaults.Validation.Page<Portal.Web.Services.PartnerNotice>;

namespace Portal.Web.Pages.Partner;

/// <summary>
/// A partner authority's own notices of children it placed in our area, newest placement first, a page at a time
/// (<c>GET /api/partner/notifications</c>, which holds only the partner's own): each with its state and whether it reached
/// us late, and the ways to change or end it.
/// </summary>
public sealed class IndexModel(ServiceCalls services, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public int PageNumber { get; private set; } = 1;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public ServiceAnswer<NoticePage>? Notices { get; private set; }

    public int Pages => Notices?.Value is { } page ? Math.Max(1, (page.Total + PageSize - 1) / PageSize) : 1;

    public async Task OnGetAsync(int page, CancellationToken ct)
    {
        PageNumber = Math.Max(page, 1);
        Notices = await services.GetAsync<NoticePage>(ResourceNames.Notifications, $"{PartnerNotice.PartnerRoute}?page={PageNumber}&pageSize={PageSize}", ct);
    }
}
