using System.Globalization;
using System.Net;
using System.Text;

namespace Notifications.Api.Delivery;

/// <summary>
/// A notice as a person reads it (docs/out-of-area.md §6, §11): the same items in the same order as the plain text of
/// an email and as the HTML document attached to it, which prints as the letter the regulations call written notice.
/// </summary>
public static class NoticeLetter
{
    public static string Title(NoticeDocument notice) => notice.Notice == "end"
        ? $"Notice that a placement in your area {(notice.EndedOn is null ? "is to end" : "has ended")} (CPPCR reg 14)"
        : $"Notice of {(notice.Placement.IsEmergency ? "an emergency" : "a")} placement in your area (CPPCR reg 13(4))";

    /// <summary>Label and value, in the order §6 lists them; what staff did not add is left out, not shown blank.</summary>
    public static IReadOnlyList<(string Label, string Value)> Items(NoticeDocument notice)
    {
        var items = new List<(string, string?)>
        {
            ("From", $"{notice.From.Name} ({notice.From.Code})"),
            ("Our reference", notice.NotificationId.ToString()),
            ("Child", $"{notice.Child.GivenName} {notice.Child.FamilyName}, born {Day(notice.Child.DateOfBirth)}"),
            ("Legal status (SSDA903)", notice.LegalStatus),
            ("Placement", $"type {notice.Placement.Type}{(notice.Placement.Provider is { } provider ? $", provider {provider}" : "")}{(notice.Placement.Postcode is { } postcode ? $", postcode {postcode}" : "")}"),
            ("Placement starts", $"{Day(notice.Placement.StartsOn)}{(notice.Placement.IsEmergency ? " (an emergency placement)" : "")}"),
            ("Approved by", notice.Placement.ApprovedBy is { } approver ? $"{approver} ({notice.Placement.ApproverRole})" : null),
            ("Placement to end", notice.EndedOn is null && notice.EndIntendedOn is { } intended ? Day(intended) : null),
            ("Placement ended", notice.EndedOn is { } ended ? Day(ended) : null),
            ("Assessment of needs", notice.Content.NeedsAssessment),
            ("Why this placement is the most suitable", notice.Content.ReasonsForPlacement),
            ("Care plan", notice.Content.CarePlanReference),
            ("Social worker", notice.Content.SocialWorker),
            ("Independent reviewing officer", notice.Content.IndependentReviewingOfficer),
            ("School", notice.Content.School),
            ("GP and health", notice.Content.GeneralPractitioner),
            ("Risks", notice.Content.Risks),
        };
        return [.. items.Where(i => !string.IsNullOrWhiteSpace(i.Item2)).Select(i => (i.Item1, i.Item2!))];
    }

    public static string Text(NoticeDocument notice)
    {
        var text = new StringBuilder().AppendLine(Title(notice)).AppendLine();
        foreach (var (label, value) in Items(notice))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{label}: {value}");
        }
        return text.AppendLine()
            .AppendLine("Please acknowledge that you have received this notice:")
            .AppendLine(notice.Acknowledge)
            .AppendLine()
            .AppendLine("The same notice is attached as a document for your records.")
            .ToString();
    }

    public static string Html(NoticeDocument notice)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").Append(Encode(Title(notice))).Append("</title>")
            .Append("<style>body{font-family:Arial,sans-serif;max-width:45em;margin:2em auto}dt{font-weight:bold;margin-top:.8em}dd{margin:0;white-space:pre-wrap}</style>")
            .Append("</head><body><h1>").Append(Encode(Title(notice))).Append("</h1><dl>");
        foreach (var (label, value) in Items(notice))
        {
            html.Append("<dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");
        }
        return html.Append("</dl><p>Sent ").Append(Encode(notice.SentAt.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(".</p></body></html>\n").ToString();
    }

    private static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
