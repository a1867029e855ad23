namespace LeavingCare.Domain.InTouch;

/// <summary>An ACCOM or ACTIV code recorded for a care leaver, in effect from <see cref="From"/> until a later record replaces it.</summary>
public sealed record EffectiveCode(DateOnly From, string Code)
{
    /// <summary>The code in effect on <paramref name="on"/>: the latest record from that day or before (the later in the list on the same day).</summary>
    public static string? InEffectOn(IEnumerable<EffectiveCode> records, DateOnly on) =>
        records.Where(r => r.From <= on).OrderBy(r => r.From).LastOrDefault()?.Code;
}
