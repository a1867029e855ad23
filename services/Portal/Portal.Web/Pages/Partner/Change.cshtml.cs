using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Services;

namespace Portal.Web.Pages.Partner;

/// <summary>
/// A partner changes a notice it sent (<c>PUT /api/partner/notifications/{id}</c>); its reference stays as it was. Another
/// partner's notice is not found, as the service says.
/// </summary>
public sealed class ChangeModel(ServiceCalls services, TimeProvider clock) : NoticeFormModel(clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    public ServiceAnswer<PartnerNotice>? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Notice = await OwnNotices.GetAsync(services, Id, ct);
        if (Notice.Value is { } notice)
        {
            Fill(notice);
        }
        return OwnNotices.Show(this, Notice);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Notice = await OwnNotices.GetAsync(services, Id, ct);
        if (Notice.Value is not { State: PartnerNotice.Placed } current || Validated(current.PartnerReference) is not { } details)
        {
            return OwnNotices.Show(this, Notice);
        }
        var changed = await services.PutAsync<PartnerNotice>(ResourceNames.Notifications, $"{PartnerNotice.PartnerRoute}/{Id}", details, ct);
        if (changed.Value is { } notice)
        {
            TempData["Done"] = $"Your notice for {notice.Child} has been changed.";
            return Redirect(OwnNotices.Path);
        }
        Refused(changed.Problem!, "given-name");
        return Page();
    }
}
