using CorporateParenting.Calendar;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Validation;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Queries;

/// <summary>
/// One partner authority's notices in a period (docs/out-of-area.md §14): the placement notices it sent us and how many
/// were late by convention 9; the placement notices we owed it and how many went late (or are overdue and unsent); and
/// ours it has not acknowledged. Counts under the threshold are "c" and rates "c" or "z" (docs/reference-figures.md §9).
/// </summary>
public sealed record PartnerNoticeFigures(
    string AuthorityCode, string? Name, string Received, string ReceivedLate, string ReceivedLateRate,
    string Owed, string OwedLate, string OwedLateRate, string SentUnacknowledged);

/// <summary>Our notices to host authorities due in the period: sent by the day due, late, still able to be on time, and the rate sent on time of those decided.</summary>
public sealed record NoticesSentOnTimeFigures(string Due, string SentOnTime, string Late, string Pending, string SentOnTimeRate);

/// <summary>The figures for every partner with a notice either way in the period, most notices first, and our notices sent on time.</summary>
public sealed record NotificationFigures(
    DateOnly From, DateOnly To, IReadOnlyList<PartnerNoticeFigures> Partners, NoticesSentOnTimeFigures PlacementNotices,
    NoticesSentOnTimeFigures EndNotices, NoticesSentOnTimeFigures AllNotices, int? SuppressedBelow);

/// <summary>GET /api/notifications/figures: the Board's notification figures (<see cref="GetNotificationMeasuresHandler"/>) as shown, no child named.</summary>
public sealed class PartnerFiguresHandler(GetNotificationMeasuresHandler measures, TimeProvider clock)
{
    public const int SmallNumberThreshold = 10;

    public async Task<NotificationFigures> HandleAsync(string? from, string? to, bool suppress, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var first = errors.OptionalDate("from", from, DateKind.Event, today) ?? NotificationMeasuresPeriod.DefaultStart(today);
        var last = errors.OptionalDate("to", to, DateKind.Event, today) ?? today;
        if (last < first)
        {
            errors.Add("to", $"is before from ({first:yyyy-MM-dd}).");
        }
        errors.ThrowIfAny();

        var figures = await measures.HandleAsync(first, last, ct);
        int? threshold = suppress ? SmallNumberThreshold : null;
        string Count(int n) => threshold is { } t ? SmallNumbers.Show(n, t) : $"{n}";
        string Rate(int n, int of) => SmallNumbers.ShowRate(n, of, threshold ?? 0);
        NoticesSentOnTimeFigures Notices(NoticesSentOnTime n) =>
            new(Count(n.Due), Count(n.OnTime), Count(n.Late), Count(n.Pending), Rate(n.OnTime, n.Decided));
        var partners = figures.Partners
            .Select(p => new PartnerNoticeFigures(p.AuthorityCode, p.Name,
                Count(p.Received), Count(p.ReceivedLate), Rate(p.ReceivedLate, p.Received),
                Count(p.Owed), Count(p.OwedLate), Rate(p.OwedLate, p.Owed), Count(p.SentUnacknowledged)))
            .ToList();
        return new NotificationFigures(first, last, partners, Notices(figures.PlacementNotices), Notices(figures.EndNotices),
            Notices(figures.NoticesSentOnTime), threshold);
    }
}
