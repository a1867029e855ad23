namespace Health.Domain;

/// <summary>
/// The answers to the 25 items of one questionnaire: 0 (not true), 1 (somewhat true), 2 (certainly true),
/// or null where the item was not answered. Always exactly 25, always valid.
/// </summary>
public sealed class SdqResponses
{
    private readonly int?[] _responses;

    /// <param name="responses">Item 1's response first.</param>
    public SdqResponses(IReadOnlyList<int?> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count != SdqItem.Count)
        {
            throw new HealthRuleViolation(
                $"An SDQ has {SdqItem.Count} items; {responses.Count} responses were given. Record every item, leaving unanswered ones blank.");
        }

        _responses = new int?[SdqItem.Count];
        for (int i = 0; i < SdqItem.Count; i++)
        {
            if (responses[i] is int response && response is < 0 or > 2)
            {
                var item = SdqItem.All[i];
                throw new HealthRuleViolation(
                    $"SDQ item {item.Number} ({item.Variable}) has the response {response}; a response is 0 (not true), 1 (somewhat true), 2 (certainly true) or blank.");
            }

            _responses[i] = responses[i];
        }
    }

    /// <summary>The response to item <paramref name="itemNumber"/> (1–25), or null if it was not answered.</summary>
    public int? this[int itemNumber] => _responses[SdqItem.Numbered(itemNumber).Number - 1];

    public int Answered => _responses.Count(response => response is not null);
}
