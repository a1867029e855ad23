using CorporateParenting.Calendar;
using CorporateParenting.Notifications.V1;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Notifications.Api.Queries;

namespace Notifications.Api.Grpc;

/// <summary>notifications.v1: the Board's notification figures (docs/out-of-area.md §14), the same query as <c>GET /api/notifications/figures</c>, exact.</summary>
public sealed class NotificationsGrpcService(GetNotificationMeasuresHandler measures, TimeProvider clock)
    : CorporateParenting.Notifications.V1.Notifications.NotificationsBase
{
    [Authorize(Policy = Policies.ReadAggregates)]
    public override async Task<Measures> GetMeasures(GetMeasuresRequest request, ServerCallContext context)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var asAt = errors.OptionalDate("as_at", request.AsAt, DateKind.Event, today) ?? today;
        var periodStart = errors.OptionalDate("period_start", request.PeriodStart, DateKind.Event, today) ?? NotificationMeasuresPeriod.DefaultStart(asAt);
        if (periodStart > asAt)
        {
            errors.Add("period_start", $"must be on or before as_at ({asAt:yyyy-MM-dd}).");
        }
        if (MonthEnds.ProblemWith(request.Months) is { } months)
        {
            errors.Add("months", months);
        }
        errors.ThrowIfAny();

        var reply = NotificationMessages.Of(await measures.HandleAsync(periodStart, asAt, context.CancellationToken));
        foreach (var monthEnd in MonthEnds.OnOrBefore(asAt, request.Months))
        {
            reply.Monthly.Add(NotificationMessages.MonthOf(await measures.HandleAsync(NotificationMeasuresPeriod.DefaultStart(monthEnd), monthEnd, context.CancellationToken)));
        }
        return reply;
    }
}
