using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Services;

namespace Portal.Web.Pages.Partner;

/// <summary>A partner files a new notice of a child it has placed in our area (<c>POST /api/partner/notifications</c>).</summary>
public sealed class NewModel(ServiceCalls services, TimeProvider clock) : NoticeFormModel(clock)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Validated(PartnerReference) is not { } details)
        {
            return Page();
        }
        var sent = await services.PostAsync<PartnerNotice>(ResourceNames.Notifications, PartnerNotice.PartnerRoute, details, ct);
        if (sent.Value is { } notice)
        {
            TempData["Done"] = $"Your notice for {notice.Child} has been sent. It reached us {(notice.IsLate ? "late" : "on time")}.";
            return Redirect(OwnNotices.Path);
        }
        if (sent.Problem!.Kind == ServiceProblemKind.Conflict)
        {
            // The one conflict a new notice meets: the same reference sent before (a form sent twice lands here too).
            Errors[Reference] = "You have already sent us a notice with this reference. Change that notice instead";
        }
        else
        {
            Refused(sent.Problem, Reference);
        }
        return Page();
    }
}
