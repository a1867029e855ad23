using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Services;

namespace Portal.Web.Pages.Partner;

/// <summary>A partner's own notice, read with the partner's token: the service answers 404 for another partner's, as for none.</summary>
public static class OwnNotices
{
    public const string Path = "/partner/notifications";

    public static Task<ServiceAnswer<PartnerNotice>> GetAsync(ServiceCalls services, Guid id, CancellationToken ct) =>
        services.GetAsync<PartnerNotice>(ResourceNames.Notifications, $"{PartnerNotice.PartnerRoute}/{id}", ct);

    /// <summary>The page, or GOV.UK's page not found with its 404 when the service knows no such notice of this partner's.</summary>
    public static IActionResult Show(PageModel page, ServiceAnswer<PartnerNotice>? notice)
    {
        if (notice?.Problem?.Kind == ServiceProblemKind.NotFound)
        {
            page.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return page.Page();
    }
}
