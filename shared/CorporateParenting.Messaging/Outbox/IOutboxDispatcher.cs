namespace CorporateParenting.Messaging.Outbox;

public interface IOutboxDispatcher
{
    /// <summary>Publishes every pending row it can claim; returns how many were published. Tests call it to flush without sleeping.</summary>
    Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default);
}
