using System.Globalization;
using CorporateParenting.Notifications.V1;
using Notifications.Api.Queries;
using ReportingProportion = CorporateParenting.Reporting.Proportion;

namespace Notifications.Api.Grpc;

/// <summary>The Board's notification figures as notifications.v1 messages: raw counts, suppression is the reader's.</summary>
public static class NotificationMessages
{
    public static Measures Of(NotificationMeasures figures)
    {
        var reply = new Measures
        {
            AsAt = Iso(figures.To),
            PeriodStart = Iso(figures.From),
            InboundLate = ProportionOf(figures.ReceivedLate, figures.Received),
            PlacementNotices = NoticesOf(figures.PlacementNotices),
            EndNotices = NoticesOf(figures.EndNotices),
            AllNotices = NoticesOf(figures.NoticesSentOnTime),
        };
        reply.Partners.AddRange(figures.Partners.Select(p => new PartnerMeasures
        {
            AuthorityCode = p.AuthorityCode, Name = p.Name ?? "", Received = p.Received, ReceivedLate = p.ReceivedLate,
            Owed = p.Owed, OwedLate = p.OwedLate, SentUnacknowledged = p.SentUnacknowledged,
        }));
        return reply;
    }

    public static MonthlyMeasures MonthOf(NotificationMeasures figures) => new()
    {
        AsAt = Iso(figures.To),
        PeriodStart = Iso(figures.From),
        InboundLate = ProportionOf(figures.ReceivedLate, figures.Received),
        NoticesSentOnTime = ProportionOf(figures.NoticesSentOnTime.OnTime, figures.NoticesSentOnTime.Decided),
    };

    private static CorporateParenting.Notifications.V1.NoticesSentOnTime NoticesOf(Domain.Outbound.NoticesSentOnTime notices) => new()
    {
        Due = notices.Due, Late = notices.Late, Pending = notices.Pending, OnTime = ProportionOf(notices.OnTime, notices.Decided),
    };

    private static Proportion ProportionOf(int numerator, int denominator) =>
        new() { Numerator = numerator, Denominator = denominator, Percent = new ReportingProportion(numerator, denominator).RoundedPercent };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
