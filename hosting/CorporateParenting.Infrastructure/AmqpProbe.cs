using RabbitMQ.Client;

namespace CorporateParenting.Infrastructure;

internal static class AmqpProbe
{
    /// <summary>True once a real AMQP connection opens, false when <paramref name="timeout"/> passes or <paramref name="giveUp"/> says so.</summary>
    public static async Task<bool> WaitUntilAnswersAsync(Uri uri, TimeSpan timeout, Func<bool> giveUp, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !giveUp())
        {
            if (await AnswersAsync(uri, ct))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }

        return false;
    }

    public static async Task<bool> AnswersAsync(Uri uri, CancellationToken ct)
    {
        var factory = new ConnectionFactory
        {
            Uri = uri,
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(2),
            ClientProvidedName = "cp-infrastructure-probe",
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync(ct);
            await connection.CloseAsync(ct);
            return true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Cancelled mid-connect: the client reports it as unreachable, but the caller asked us to stop.
            throw new OperationCanceledException("Stopped waiting for RabbitMQ.", exception, ct);
        }
    }
}
