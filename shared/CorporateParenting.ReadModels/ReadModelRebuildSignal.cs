namespace CorporateParenting.ReadModels;

/// <summary>Wakes this instance's rebuild service as soon as an admin asks for a rebuild, instead of at its next poll.</summary>
public sealed class ReadModelRebuildSignal
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
            // Already signalled: one wake-up runs every pending rebuild.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}
