using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CorporateParenting.Audit;

/// <summary>The hash of one row of the chain: lowercase hex SHA-256 over a canonical serialisation of its content and the previous hash.</summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The hash <paramref name="record"/> has when chained after a row whose hash is <paramref name="previousHash"/>.</summary>
    public static string Compute(AuditRecord record, string previousHash) => Compute(
        record.OccurredAt, record.Subject, record.Roles, record.Authority, record.Action, record.RecordKind,
        record.ChildId, record.RecordId, record.TraceId, previousHash);

    public static string Compute(
        DateTimeOffset occurredAt, string subject, string roles, string? authority, string action, string recordKind,
        Guid? childId, string? recordId, string? traceId, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(
            occurredAt, subject, roles, authority, action, recordKind, childId, recordId, traceId, previousHash))));

    /// <summary>
    /// Each field as a netstring (<c>&lt;UTF-8 byte length&gt;:&lt;value&gt;,</c>) and a null as <c>~,</c>, in a fixed
    /// order: no choice of values can make two different rows serialise alike, and anyone can recompute it, even in SQL.
    /// </summary>
    public static string Canonical(
        DateTimeOffset occurredAt, string subject, string roles, string? authority, string action, string recordKind,
        Guid? childId, string? recordId, string? traceId, string previousHash)
    {
        var text = new StringBuilder(256);
        Append(text, ToCanonicalTime(occurredAt));
        Append(text, subject);
        Append(text, roles);
        Append(text, authority);
        Append(text, action);
        Append(text, recordKind);
        Append(text, childId?.ToString("D", CultureInfo.InvariantCulture));
        Append(text, recordId);
        Append(text, traceId);
        Append(text, previousHash);
        return text.ToString();
    }

    /// <summary>PostgreSQL keeps microseconds; anything finer would not survive the round trip and the row would not verify.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
    }

    private static string ToCanonicalTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("~,");
            return;
        }
        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(',');
    }
}
