using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Shared;
using Portal.Web.Services;

namespace Portal.Web.Pages.Notifications;

/// <summary>
/// The notifications team's worklist (docs/out-of-area.md §9–§12): our notices to host authorities still to send and
/// those unacknowledged (the outbound worklist), partners' notices that reached us late (the inbound list), and
/// deliveries failed, on their way or delivered; counts of each, filtered and sorted by links, and the two actions the
/// service offers here: send a notice, and send a failed delivery again.
/// </summary>
public sealed class IndexModel(ServiceCalls services, TimeProvider clock) : PageModel
{
    public const string Path = "/notifications";

    /// <summary>The most the page asks for at once: the service's largest page.</summary>
    public const int Limit = 200;

    /// <summary>The deliveries listed at once: each names its child through one more read, so fewer than the rest.</summary>
    public const int DeliveryLimit = 50;

    /// <summary>A notice due within this many days is amber; the service marks it red (overdue) from the day after it was due.</summary>
    public const int DueSoonDays = 5;

    public static readonly IReadOnlyList<(string Key, string Label)> Views =
        [("send", "Notices to send"), ("chase", "Acknowledgements to chase"), ("late", "Notices received late"), ("deliveries", "Deliveries")];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Key, string Label)>> Columns = new Dictionary<string, IReadOnlyList<(string, string)>>
    {
        ["send"] = [("child", "Child"), ("host", "Host authority"), ("notice", "Notice"), ("due", "Due")],
        ["chase"] = [("child", "Child"), ("host", "Host authority"), ("notice", "Notice"), ("sent", "Sent"), ("due", "Chase from")],
        ["late"] = [("authority", "Placing authority"), ("child", "Child"), ("start", "Placement start"), ("received", "Received")],
        ["deliveries"] = [("child", "Child"), ("host", "Host authority"), ("notice", "Notice"), ("attempts", "Attempts"), ("requested", "Requested")],
    };

    public static readonly IReadOnlyList<(string Code, string Label)> DeliveryStates =
        [(NoticeDelivery.Dead, "Failed"), (NoticeDelivery.Pending, "On their way"), (NoticeDelivery.Delivered, "Delivered")];

    public string Showing { get; private set; } = "send";
    public bool OverdueOnly { get; private set; }
    public string DeliveryState { get; private set; } = NoticeDelivery.Dead;
    public SortOrder Sorting { get; private set; } = new("due", false);
    public DateOnly Today { get; private set; }

    public ServiceAnswer<Page<OutboundWorkItem>>? Work { get; private set; }
    public ServiceAnswer<Page<PartnerNotice>>? Inbound { get; private set; }
    public ServiceAnswer<Page<NoticeDelivery>>? Failed { get; private set; }
    public ServiceAnswer<Page<NoticeDelivery>>? OnTheirWay { get; private set; }
    public ServiceAnswer<Page<NoticeDelivery>>? Deliveries { get; private set; }
    public ServiceAnswer<List<PartnerAuthority>>? Directory { get; private set; }

    /// <summary>The rows of the view shown, filtered and sorted.</summary>
    public IReadOnlyList<OutboundWorkItem> WorkRows { get; private set; } = [];
    public IReadOnlyList<PartnerNotice> LateRows { get; private set; } = [];
    public IReadOnlyList<DeliveryLine> DeliveryRows { get; private set; } = [];

    /// <summary>A problem with an action, against the button that asked for it.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public sealed record DeliveryLine(NoticeDelivery Delivery, string Child, string HostAuthorityCode);

    public IEnumerable<OutboundWorkItem> ToSend => Work?.Value?.Items.Where(i => i.Action == OutboundWorkItem.Send) ?? [];
    public IEnumerable<OutboundWorkItem> ToChase => Work?.Value?.Items.Where(i => i.Action == OutboundWorkItem.Chase) ?? [];
    public IEnumerable<PartnerNotice> ReceivedLate => Inbound?.Value?.Items.Where(n => n.IsLate) ?? [];

    public async Task OnGetAsync(string? view, bool overdue, string? state, string? sort, string? order, CancellationToken ct) =>
        await ShowAsync(view, overdue, state, sort, order, ct);

    /// <summary>Sends a notice to its host by the directory's channel; the service's delivery sweep does the sending.</summary>
    public async Task<IActionResult> OnPostSendAsync(Guid notification, string? notice, string? child, CancellationToken ct)
    {
        if (notice is not ("placement" or "end"))
        {
            return BadRequest();
        }
        var sent = await services.PostAsync<NoticeDelivery>(ResourceNames.Notifications, $"{OutboundWorkItem.Route}/{notification}/notices/{notice}/send", null, ct);
        if (sent.Problem is null)
        {
            TempData["Done"] = $"The {NotificationWords.Notice(notice).ToLowerInvariant()} for {child} is on its way.";
            return Redirect($"{Path}?view=send");
        }
        Errors[SendButton(notification, notice)] = Said(sent.Problem);
        await ShowAsync("send", false, null, null, null, ct);
        return Page();
    }

    /// <summary>Tries a failed (dead) delivery again from now.</summary>
    public async Task<IActionResult> OnPostResendAsync(long delivery, string? child, CancellationToken ct)
    {
        var resent = await services.PostAsync<NoticeDelivery>(ResourceNames.Notifications, $"{NoticeDelivery.Route}/{delivery}/resend", null, ct);
        if (resent.Value is { } again)
        {
            TempData["Done"] = $"The {NotificationWords.Notice(again.Notice).ToLowerInvariant()} for {child} will be sent again now.";
            return Redirect($"{Path}?view=deliveries");
        }
        Errors[ResendButton(delivery)] = Said(resent.Problem!);
        await ShowAsync("deliveries", false, NoticeDelivery.Dead, null, null, ct);
        return Page();
    }

    public static string SendButton(Guid notification, string notice) => $"send-{notification}-{notice}";

    public static string ResendButton(long delivery) => $"resend-{delivery}";

    public string Authority(string code) =>
        Directory?.Value?.FirstOrDefault(p => p.AuthorityCode == code)?.Name is { } name ? $"{name} ({code})" : code;

    /// <summary>Whether the service would take this notice to send: nothing missing, the host in the directory, none on its way.</summary>
    public string? WhyNotSendable(OutboundWorkItem item) =>
        item.Missing.Count > 0 ? $"Lacks the {string.Join(", ", item.Missing.Select(NotificationWords.Missing))}"
        : Directory?.Value is { } directory && directory.All(p => p.AuthorityCode != item.HostAuthorityCode) ? "The host is not in the partner directory"
        : OnTheirWay?.Value?.Items.Any(d => d.NotificationId == item.NotificationId && d.Notice == item.Notice) == true ? "On its way"
        : null;

    public DueTag Tag(OutboundWorkItem item)
    {
        var days = item.DueOn.DayNumber - Today.DayNumber;
        return item.IsOverdue ? new(DueTag.Red, Math.Min(days, -1)) : new(days <= DueSoonDays ? DueTag.Amber : DueTag.Green, days);
    }

    public int Count(string rag) => ToSend.Count(i => Tag(i).Rag == rag);

    public string ViewLink(string view, bool overdue = false, string? state = null) =>
        Path + QueryString.Create(new Dictionary<string, string?> { ["view"] = view, ["overdue"] = overdue ? "true" : null, ["state"] = state }
            .Where(p => p.Value is not null)).ToUriComponent();

    public string SortLink(string column) =>
        Path + Sorting.Link(column, [new("view", Showing), new("overdue", OverdueOnly ? "true" : null), new("state", Showing == "deliveries" ? DeliveryState : null)]);

    private async Task ShowAsync(string? view, bool overdue, string? state, string? sort, string? order, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Showing = Views.Any(v => v.Key == view) ? view! : "send";
        OverdueOnly = overdue && Showing == "send";
        DeliveryState = DeliveryStates.Any(s => s.Code == state) ? state! : NoticeDelivery.Dead;
        var columns = Columns[Showing];
        Sorting = SortOrder.Read(sort, order, columns, Showing switch { "late" => "received", "deliveries" => "requested", _ => "due" });

        // One after another: the calls share the person's session, and each is quick.
        const string notifications = ResourceNames.Notifications;
        Work = await services.GetAsync<Page<OutboundWorkItem>>(notifications, $"{OutboundWorkItem.WorklistRoute}?pageSize={Limit}", ct);
        Inbound = await services.GetAsync<Page<PartnerNotice>>(notifications, $"{PartnerNotice.InboundRoute}?pageSize={Limit}", ct);
        Failed = await services.GetAsync<Page<NoticeDelivery>>(notifications, $"{NoticeDelivery.Route}?state={NoticeDelivery.Dead}&pageSize={DeliveryLimit}", ct);
        OnTheirWay = await services.GetAsync<Page<NoticeDelivery>>(notifications, $"{NoticeDelivery.Route}?state={NoticeDelivery.Pending}&pageSize={Limit}", ct);
        Directory = await services.GetAsync<List<PartnerAuthority>>(notifications, PartnerAuthority.Route, ct);

        switch (Showing)
        {
            case "send" or "chase":
                Func<OutboundWorkItem, string> key = Sorting.Column switch
                {
                    "child" => i => $"{i.FamilyName} {i.GivenName}",
                    "host" => i => Authority(i.HostAuthorityCode),
                    "notice" => i => i.Notice,
                    "sent" => i => $"{i.SentOn:yyyy-MM-dd}",
                    _ => i => $"{i.DueOn:yyyy-MM-dd}",
                };
                var rows = Showing == "send" ? ToSend.Where(i => !OverdueOnly || i.IsOverdue) : ToChase;
                WorkRows = Sorting.Apply(rows, key, i => $"{i.DueOn:yyyy-MM-dd}");
                break;
            case "late":
                Func<PartnerNotice, string> lateKey = Sorting.Column switch
                {
                    "authority" => n => Authority(n.PlacingAuthorityCode),
                    "child" => n => $"{n.FamilyName} {n.GivenName}",
                    "start" => n => $"{n.PlacementStartOn:yyyy-MM-dd}",
                    _ => n => $"{n.ReceivedOn:yyyy-MM-dd}",
                };
                LateRows = Sorting.Apply(ReceivedLate, lateKey, n => n.Id.ToString());
                break;
            default:
                Deliveries = DeliveryState == NoticeDelivery.Dead ? Failed
                    : await services.GetAsync<Page<NoticeDelivery>>(notifications, $"{NoticeDelivery.Route}?state={DeliveryState}&pageSize={DeliveryLimit}", ct);
                var lines = await NamedAsync(Deliveries.Value?.Items ?? [], ct);
                Func<DeliveryLine, string> deliveryKey = Sorting.Column switch
                {
                    "child" => d => d.Child,
                    "host" => d => Authority(d.HostAuthorityCode),
                    "notice" => d => d.Delivery.Notice,
                    "attempts" => d => $"{d.Delivery.Attempts:D4}",
                    _ => d => $"{d.Delivery.CreatedAt:O}",
                };
                DeliveryRows = Sorting.Apply(lines, deliveryKey, d => $"{d.Delivery.Id:D12}");
                break;
        }
    }

    /// <summary>
    /// Each delivery with its child and host: a delivery names only its notification, so those not on the worklist are
    /// read one by one (each read is in the service's audit, as reading the child's notification is).
    /// </summary>
    private async Task<List<DeliveryLine>> NamedAsync(IReadOnlyList<NoticeDelivery> deliveries, CancellationToken ct)
    {
        var known = (Work?.Value?.Items ?? []).GroupBy(i => i.NotificationId).ToDictionary(g => g.Key, g => (g.First().Child, g.First().HostAuthorityCode));
        foreach (var id in deliveries.Select(d => d.NotificationId).Distinct().Where(id => !known.ContainsKey(id)))
        {
            var notification = await services.GetAsync<OutboundNotification>(ResourceNames.Notifications, $"{OutboundWorkItem.Route}/{id}", ct);
            known[id] = notification.Value is { } n ? ($"{n.GivenName} {n.FamilyName}", n.HostAuthorityCode) : ("Not known", "");
        }
        return [.. deliveries.Select(d => new DeliveryLine(d, known[d.NotificationId].Item1, known[d.NotificationId].Item2))];
    }

    private static string Said(ServiceProblem problem) =>
        problem.Kind == ServiceProblemKind.NotAnswering ? $"{problem.ServiceName} {problem.Message}" : problem.Message;
}
