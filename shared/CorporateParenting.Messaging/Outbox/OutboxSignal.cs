namespace CorporateParenting.Messaging.Outbox;

/// <summary>Wakes the dispatcher as soon as a transaction with outbox rows commits, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every row committed before it is consumed.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}
