using MimeKit;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Delivery;

/// <summary>
/// A notice as an email to a host that takes notices in its inbox (docs/out-of-area.md §11): to the inbox, copied to the
/// host's Virtual School and health team where the directory has them; the text in the body with the acknowledgement
/// link, the same notice attached as a document. The subject carries no name (subjects show in previews and logs), and
/// the message id is the delivery's, so a retried send is recognisably the same message.
/// </summary>
public static class NoticeEmail
{
    public static MimeMessage Compose(NoticeDocument notice, PartnerRow partner, string from)
    {
        var message = new MimeMessage
        {
            Subject = $"{NoticeLetter.Title(notice)}: {notice.From.Name}, our reference {notice.NotificationId.ToString()[..8]}",
            MessageId = $"notice-{notice.DeliveryId}.{notice.NotificationId:N}@{notice.From.Code.ToLowerInvariant()}.notifications",
        };
        message.From.Add(new MailboxAddress(notice.From.Name, from));
        message.To.Add(new MailboxAddress(partner.Name, partner.InboxEmail ?? throw new InvalidOperationException($"{partner.AuthorityCode} has no inbox.")));
        foreach (var copy in new[] { partner.VirtualSchoolEmail, partner.HealthTeamEmail }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            message.Cc.Add(MailboxAddress.Parse(copy));
        }
        var body = new BodyBuilder { TextBody = NoticeLetter.Text(notice) };
        body.Attachments.Add($"{notice.Notice}-notice-{notice.NotificationId:N}.html", System.Text.Encoding.UTF8.GetBytes(NoticeLetter.Html(notice)),
            new ContentType("text", "html") { Charset = "utf-8" });
        message.Body = body.ToMessageBody();
        return message;
    }
}
