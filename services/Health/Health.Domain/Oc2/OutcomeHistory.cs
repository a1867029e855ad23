using CorporateParenting.Calendar;
using CorporateParenting.Reporting;

namespace Health.Domain;

/// <summary>
/// The SSDA903 OC2 rules that one child's dated facts can break, checked over the whole list after each record,
/// correction or removal, so that no change leaves the history in a state the return would reject
/// (docs/health.md §5.1). Rules that need the cohort (190, 198) are left to <see cref="Oc2Row"/>.
/// </summary>
public static class OutcomeHistory
{
    /// <summary>The age of criminal responsibility in England (Children and Young Persons Act 1933 s50); rules 542/543.</summary>
    public const int ConvictionFromAge = 10;

    /// <exception cref="HealthRuleViolation">The first fact that breaks a rule, with what to fix.</exception>
    public static void Check(DateOnly dateOfBirth, IReadOnlyList<OutcomeEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (int i = 0; i < events.Count; i++)
        {
            var fact = events[i];
            if (fact.On < dateOfBirth)
            {
                throw new HealthRuleViolation($"{Describe(fact)} is before the child was born ({Show.Date(dateOfBirth)}).");
            }

            for (int j = 0; j < i; j++)
            {
                if (events[j].Kind == fact.Kind && events[j].On == fact.On)
                {
                    throw new HealthRuleViolation($"{Describe(fact)} is already recorded.");
                }
            }

            if (fact.IsOffence)
            {
                CheckAge(dateOfBirth, fact);
            }
            else if (fact.IsIntervention)
            {
                CheckIntervention(events, fact);
            }
            else if (fact.Kind == OutcomeEventKind.NoSdq)
            {
                CheckSdqReason(dateOfBirth, fact);
            }
        }
    }

    private static void CheckAge(DateOnly dateOfBirth, OutcomeEvent offence)
    {
        var tenth = Birthdays.Nth(dateOfBirth, ConvictionFromAge);
        if (offence.On < tenth)
        {
            throw new HealthRuleViolation(
                $"{Describe(offence)} cannot be recorded: the child was under 10 that day (10 on {Show.Date(tenth)}). " +
                "No child under 10 can be convicted or cautioned, and SSDA903 rule 542 leaves CONVICTED blank for a child under 10 at 31 March.");
        }
    }

    private static void CheckIntervention(IReadOnlyList<OutcomeEvent> events, OutcomeEvent intervention)
    {
        bool identified = false;
        for (int i = 0; i < events.Count; i++)
        {
            var other = events[i];
            identified |= other.Kind == OutcomeEventKind.SubstanceMisuseIdentified && other.On <= intervention.On;
            if (other.On == intervention.On && other.IsIntervention && other.Kind != intervention.Kind)
            {
                throw new HealthRuleViolation(
                    $"An intervention for substance misuse cannot be both received and refused on {Show.Date(intervention.On)} " +
                    "(SSDA903 rule 158: an intervention offered but refused is only reported when none was received). Keep the one that happened.");
            }
        }

        if (!identified)
        {
            throw new HealthRuleViolation(
                $"{Describe(intervention)} needs a substance misuse problem identified on or before that day " +
                "(SSDA903 rule 193: interventions are only reported for a child identified as having a substance misuse problem). " +
                "Record when the problem was identified first, or keep it while an intervention depends on it.");
        }
    }

    private static void CheckSdqReason(DateOnly dateOfBirth, OutcomeEvent noSdq)
    {
        var year = CollectionYear.Containing(noSdq.On);
        var fourth = Birthdays.Nth(dateOfBirth, 4);
        if (fourth > year.End)
        {
            throw new HealthRuleViolation(
                $"No SDQ reason is returned for {year.Name}: the child is under 4 on 31 March (4 on {Show.Date(fourth)}; SSDA903 rule 188).");
        }

        var seventeenth = Birthdays.Nth(dateOfBirth, 17);
        if (seventeenth < year.Start)
        {
            throw new HealthRuleViolation(
                $"No SDQ reason is returned for {year.Name}: the child was 17 before 1 April (17 on {Show.Date(seventeenth)}; SSDA903 rule 189).");
        }

        if (noSdq.SdqReason == SdqReason.Sdq1 && fourth <= year.Start && Birthdays.Nth(dateOfBirth, 16) >= year.End)
        {
            throw new HealthRuleViolation(
                $"SDQ1 (under 4 or over 16) does not fit {year.Name}: the child is 4 or over on 1 April and 16 or under on 31 March " +
                "(SSDA903 rule 157). Give the reason the SDQ was not done (SDQ2–SDQ5).");
        }
    }

    private static string Describe(OutcomeEvent fact) => fact.Kind switch
    {
        OutcomeEventKind.SubstanceMisuseIdentified => $"A substance misuse problem identified on {Show.Date(fact.On)}",
        OutcomeEventKind.InterventionReceived => $"An intervention received on {Show.Date(fact.On)}",
        OutcomeEventKind.InterventionRefused => $"An intervention refused on {Show.Date(fact.On)}",
        OutcomeEventKind.Conviction => $"A conviction on {Show.Date(fact.On)}",
        OutcomeEventKind.YouthCaution => $"A youth caution on {Show.Date(fact.On)}",
        OutcomeEventKind.YouthConditionalCaution => $"A youth conditional caution on {Show.Date(fact.On)}",
        _ => $"No SDQ ({fact.SdqReason.ToString()!.ToUpperInvariant()}) on {Show.Date(fact.On)}",
    };
}
