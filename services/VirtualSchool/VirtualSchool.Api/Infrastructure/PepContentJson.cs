using System.Text.Json;
using System.Text.Json.Serialization;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// A SMART target as stored and sent: its id (given by the service when the target is first saved, kept through later
/// edits, and what a Pupil Premium Plus allocation names), what, who, by when, funding requested in pounds.
/// </summary>
public sealed record PepTargetDocument(Guid? Id, string? What, string? Who, DateOnly? ByWhen, decimal? FundingRequested);

/// <summary>
/// A PEP's content as stored (jsonb) and as the API sends and receives it: each written section by its camelCase name
/// (<c>educationalHistory</c>, <c>childsVoice</c>, …), the meeting's date, who attended, the targets.
/// </summary>
public sealed record PepContentDocument(
    IReadOnlyDictionary<string, string?>? Sections, DateOnly? MeetingOn, IReadOnlyList<string>? Attendees, IReadOnlyList<PepTargetDocument>? Targets)
{
    public static readonly PepContentDocument Empty = new(new Dictionary<string, string?>(), null, [], []);

    /// <summary>The written sections (every section but the meeting and the targets), by the name the API uses.</summary>
    public static readonly IReadOnlyDictionary<string, PepSection> WrittenSections = Enum.GetValues<PepSection>()
        .Where(s => s is not (PepSection.Meeting or PepSection.Targets))
        .ToDictionary(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()), s => s, StringComparer.Ordinal);

    public PepContent ToDomain() => new()
    {
        Texts = (Sections ?? new Dictionary<string, string?>())
            .Where(s => WrittenSections.ContainsKey(s.Key))
            .ToDictionary(s => WrittenSections[s.Key], s => s.Value),
        MeetingOn = MeetingOn,
        Attendees = Attendees ?? [],
        Targets = [.. (Targets ?? []).Select(t => new SmartTarget(t.What ?? "", t.Who ?? "", t.ByWhen ?? default, t.FundingRequested ?? 0m))],
    };
}

/// <summary>Reads and writes <see cref="PepContentDocument"/> as the jsonb of <see cref="PepRow.Content"/>.</summary>
public static class PepContentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(PepContentDocument content) => JsonSerializer.Serialize(content, Options);

    public static PepContentDocument Read(string json) => JsonSerializer.Deserialize<PepContentDocument>(json, Options) ?? PepContentDocument.Empty;

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Options);
}
