using System.Text.Json;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Infrastructure;

/// <summary>Reads and writes a young person's <see cref="CareChange"/>s as the jsonb of <see cref="YoungPersonRow.Changes"/>.</summary>
public static class CareChangesJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<CareChange> changes) => JsonSerializer.Serialize(changes, Options);

    public static IReadOnlyList<CareChange> Read(string json) => JsonSerializer.Deserialize<List<CareChange>>(json, Options) ?? [];
}
