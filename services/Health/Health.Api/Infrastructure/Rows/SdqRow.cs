using Health.Domain;

namespace Health.Api.Infrastructure.Rows;

/// <summary>A submitted SDQ: item responses by number and the computed scores, never the items' wording (docs/health.md §7.1).</summary>
public sealed class SdqRow
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public required string ClientRequestId { get; init; }
    public DateOnly CompletedOn { get; init; }
    public SdqInformant Informant { get; init; }
    public SdqForm Form { get; init; }
    public required string CompletedBy { get; init; }

    /// <summary>25 responses in item order, 0–2, null where unanswered.</summary>
    public required int?[] Responses { get; init; }

    public int? Emotional { get; init; }
    public int? Conduct { get; init; }
    public int? Hyperactivity { get; init; }
    public int? PeerProblems { get; init; }
    public int? Prosocial { get; init; }
    public int? TotalDifficulties { get; init; }
    public SdqBand? Band { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public static SdqRow Scored(Guid id, Guid childId, string clientRequestId, SdqQuestionnaire questionnaire, DateTimeOffset recordedAt)
    {
        var scores = questionnaire.Scores;
        return new SdqRow
        {
            Id = id,
            ChildId = childId,
            ClientRequestId = clientRequestId,
            CompletedOn = questionnaire.CompletedOn,
            Informant = questionnaire.Informant,
            Form = questionnaire.Form,
            CompletedBy = questionnaire.CompletedBy,
            Responses = [.. Enumerable.Range(1, SdqItem.All.Count).Select(item => questionnaire.Responses[item])],
            Emotional = scores.Emotional,
            Conduct = scores.Conduct,
            Hyperactivity = scores.Hyperactivity,
            PeerProblems = scores.PeerProblems,
            Prosocial = scores.Prosocial,
            TotalDifficulties = scores.TotalDifficulties,
            Band = scores.Band,
            RecordedAt = recordedAt,
        };
    }
}
