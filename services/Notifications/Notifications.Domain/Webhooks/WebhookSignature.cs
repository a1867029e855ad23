using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Notifications.Domain.Webhooks;

/// <summary>
/// Signed webhooks between partners (docs/out-of-area.md §8): the sender puts <c>t=&lt;Unix seconds&gt;,v1=&lt;hex&gt;</c>
/// in the <see cref="Header"/>, where the hex is HMAC-SHA256 with the partner's secret over the timestamp, a full stop
/// and the body's bytes. The receiver accepts it only with a secret it holds for that partner (several while one is
/// being replaced), a timestamp within <see cref="Tolerance"/> of its own clock either way, and a signature it has not
/// seen before (<see cref="ISeenSignatures"/>): a stale, tampered, wrongly keyed or replayed request is refused.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Corporate-Parenting-Signature";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(byte[] secret, DateTimeOffset at, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Convert.ToHexStringLower(Mac(secret, timestamp, body))}";
    }

    /// <summary>Checks <paramref name="header"/> over <paramref name="body"/> against each of <paramref name="secrets"/>; a valid one is recorded as seen.</summary>
    public static async Task<SignatureCheck> VerifyAsync(
        string? header, ReadOnlyMemory<byte> body, IReadOnlyList<byte[]> secrets, DateTimeOffset now, ISeenSignatures seen, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(seen);
        if (string.IsNullOrWhiteSpace(header))
        {
            return SignatureCheck.Missing;
        }
        if (!TryParse(header, out var timestamp, out var seconds, out var signature))
        {
            return SignatureCheck.Malformed;
        }

        var at = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (at < now - Tolerance || at > now + Tolerance)
        {
            return SignatureCheck.Stale;
        }
        if (!secrets.Any(secret => CryptographicOperations.FixedTimeEquals(Mac(secret, timestamp, body.Span), signature)))
        {
            return SignatureCheck.Mismatch;
        }
        // Kept for as long as the timestamp could still be accepted: after that it is stale anyway.
        return await seen.FirstSightingAsync(Convert.ToHexStringLower(signature), at + Tolerance, ct) ? SignatureCheck.Valid : SignatureCheck.Replayed;
    }

    private static byte[] Mac(byte[] secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes($"{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(secret, signed);
    }

    private static bool TryParse(string header, out string timestamp, out long seconds, out byte[] signature)
    {
        (timestamp, seconds, signature) = (string.Empty, 0, []);
        string? t = null, v1 = null;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            var (key, value) = part.IndexOf('=') is var i and > 0 ? (part[..i], part[(i + 1)..]) : (part, string.Empty);
            if (key == "t")
            {
                t = value;
            }
            else if (key == "v1")
            {
                v1 = value;
            }
        }
        if (t is null || v1 is null || v1.Length != 64 || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }
        try
        {
            (timestamp, signature) = (t, Convert.FromHexString(v1));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>What a webhook signature check found.</summary>
public enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    Stale,
    Mismatch,
    Replayed,
}

/// <summary>Signatures already accepted, kept until they would be stale (a table in the service, a set in tests).</summary>
public interface ISeenSignatures
{
    /// <returns>True the first time <paramref name="signature"/> is offered; false for a replay.</returns>
    Task<bool> FirstSightingAsync(string signature, DateTimeOffset keepUntil, CancellationToken ct);
}
