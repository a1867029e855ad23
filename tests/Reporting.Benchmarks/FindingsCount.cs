using System.Text.Json;

namespace Reporting.Benchmarks;

/// <summary>
/// Counts the findings of <c>GET /api/reporting/ssda903/{yearEnding}/findings</c> (<c>{"findings": [{...}, ...]}</c>) as the
/// JSON arrives, a buffer at a time, so that the client holding a national year's findings does not add to the memory
/// measured (the services share its process).
/// </summary>
public static class FindingsCount
{
    /// <summary>Objects two levels down: the items of the root object's one array.</summary>
    private const int FindingDepth = 2;

    public static async Task<long> OfAsync(Stream body)
    {
        var buffer = new byte[64 * 1024];
        var state = new JsonReaderState();
        var (held, count) = (0, 0L);
        while (true)
        {
            var read = await body.ReadAsync(buffer.AsMemory(held));
            held += read;
            var consumed = Count(buffer.AsSpan(0, held), isFinalBlock: read == 0, ref state, ref count);
            Buffer.BlockCopy(buffer, consumed, buffer, 0, held - consumed);
            held -= consumed;
            if (read == 0)
            {
                return count;
            }
            if (held == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // one token longer than the buffer
            }
        }
    }

    private static int Count(ReadOnlySpan<byte> json, bool isFinalBlock, ref JsonReaderState state, ref long count)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock, state);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == FindingDepth)
            {
                count++;
            }
        }
        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }
}
