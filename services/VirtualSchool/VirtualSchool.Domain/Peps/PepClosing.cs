namespace VirtualSchool.Domain.Peps;

/// <summary>
/// When a pupil's open PEPs are closed, and why (docs/virtual-school.md §9.4): the child leaves care, passes the end of
/// Year 13, or has their care taken over by another authority (SSDA903 reason ceased E3). A placement in another
/// authority's area closes nothing: our Virtual School Head stays responsible wherever the child lives (Children Act
/// 1989 s22(3A)).
/// </summary>
public static class PepClosing
{
    /// <summary>SSDA903 REC: care taken over by another UK local authority.</summary>
    public const string CareTakenOver = "E3";

    /// <summary>SSDA903 REC: the episode ends and another starts the same day, in the same period of care.</summary>
    public const string EpisodeContinues = "X1";

    /// <summary>
    /// The close decision, or null when nothing closes. When both apply, the earlier wins: care ended (on its end date,
    /// with its code) or past Year 13 (on the 1 September after the end of Year 13, once <see cref="PepClosingFacts.On"/>
    /// has reached it). An end of care after <see cref="PepClosingFacts.On"/> has not happened yet.
    /// </summary>
    /// <exception cref="VirtualSchoolRuleViolation">Care ended with no reason ceased.</exception>
    public static PepCloseDecision? Decide(PepClosingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        PepCloseDecision? careEnded = CareEnded(facts);
        DateOnly afterYear13 = PepScope.EndsOn(facts.DateOfBirth).AddDays(1);
        PepCloseDecision? pastYear13 = facts.On >= afterYear13
            ? new PepCloseDecision(PepCloseReason.PastEndOfYear13, afterYear13)
            : null;

        return careEnded is not null && (pastYear13 is null || careEnded.ClosedOn <= pastYear13.ClosedOn)
            ? careEnded
            : pastYear13;
    }

    private static PepCloseDecision? CareEnded(PepClosingFacts facts)
    {
        if (facts.CareEndedOn is not { } endedOn || endedOn > facts.On)
        {
            return null;
        }

        string code = string.IsNullOrWhiteSpace(facts.ReasonCeased)
            ? throw new VirtualSchoolRuleViolation(
                $"The period of care ended on {Show.Date(endedOn)} without a reason ceased: the PEPs close with that reason.")
            : facts.ReasonCeased.Trim().ToUpperInvariant();

        return code switch
        {
            EpisodeContinues => null,
            CareTakenOver => new PepCloseDecision(PepCloseReason.CareTakenOverByAnotherAuthority, endedOn, code),
            _ => new PepCloseDecision(PepCloseReason.LeftCare, endedOn, code),
        };
    }
}
