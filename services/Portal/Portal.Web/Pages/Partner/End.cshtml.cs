using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Shared;
using Portal.Web.Services;

namespace Portal.Web.Pages.Partner;

/// <summary>
/// A partner tells us a placement has ended (<c>POST …/{id}/end</c>, the day it ended), or withdraws the notice of one
/// that has not started and will not (<c>POST …/{id}/withdraw</c>, why): the service takes a reason only for a withdrawal.
/// </summary>
public sealed class EndModel(ServiceCalls services, TimeProvider clock) : PageModel
{
    public const string EndedOn = "ended-on";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    public DateInput Ended { get; private set; } = DateInput.Empty;

    public ServiceAnswer<PartnerNotice>? Notice { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Whether the placement has started: an ended one is told by its end date, one not started is withdrawn.</summary>
    public bool HasStarted => Notice?.Value is { } notice && notice.PlacementStartOn <= Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Notice = await OwnNotices.GetAsync(services, Id, ct);
        return OwnNotices.Show(this, Notice);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Notice = await OwnNotices.GetAsync(services, Id, ct);
        if (Notice.Value is not { State: PartnerNotice.Placed } notice)
        {
            return OwnNotices.Show(this, Notice);
        }
        var (path, body, field, done) = HasStarted ? Ending(notice) : Withdrawal(notice);
        if (Errors.Count > 0)
        {
            return Page();
        }
        var answer = await services.PostAsync<PartnerNotice>(ResourceNames.Notifications, $"{PartnerNotice.PartnerRoute}/{Id}/{path}", body, ct);
        if (answer.Problem is not { } problem)
        {
            TempData["Done"] = done;
            return Redirect(OwnNotices.Path);
        }
        Errors[field] = problem.FieldErrors.Count > 0 ? $"{(HasStarted ? "The date the placement ended" : "The reason")} {string.Join(" ", problem.FieldErrors.Values).TrimEnd('.')}"
            : problem.Kind == ServiceProblemKind.NotAnswering ? $"{problem.ServiceName} {problem.Message}" : problem.Message;
        return Page();
    }

    private (string Path, object Body, string Field, string Done) Ending(PartnerNotice notice)
    {
        Ended = DateInput.From(Request.Form, EndedOn);
        var (ended, error) = Ended.Read("The date the placement ended");
        error ??= ended > Today ? "The date the placement ended must be today or in the past"
            : ended < notice.PlacementStartOn ? $"The date the placement ended must be the same as or after the day it started, {notice.PlacementStartOn:d MMMM yyyy}"
            : null;
        if (error is not null)
        {
            Errors[EndedOn + "-day"] = error;
        }
        return ("end", new { endedOn = ended is { } on ? DateInput.Iso(on) : null }, EndedOn + "-day",
            $"You have told us the placement of {notice.Child} ended on {ended:d MMMM yyyy}.");
    }

    private (string Path, object Body, string Field, string Done) Withdrawal(PartnerNotice notice)
    {
        Reason = Reason?.Trim();
        if (string.IsNullOrEmpty(Reason) || Reason.Length > 500)
        {
            Errors["reason"] = string.IsNullOrEmpty(Reason) ? "Enter why the placement will not go ahead" : "The reason must be 500 characters or fewer";
        }
        return ("withdraw", new { reason = Reason }, "reason", $"You have withdrawn the notice for {notice.Child}.");
    }
}
