using System.Globalization;
using CorporateParenting.Calendar;
using CorporateParenting.Reporting;

namespace Placements.Domain;

/// <summary>
/// SSDA903 Header MOTHER and MC_DOB: whether the child is a mother, and the date of birth of her first or only child.
/// Both may be not recorded (null); which girls the return needs MOTHER for is its self-check's question, not a
/// command's (rule 393, docs/ssda903.md "MOTHER and MC_DOB").
/// </summary>
public sealed record Motherhood(bool? IsMother, DateOnly? FirstChildBornOn)
{
    public static readonly Motherhood NotRecorded = new(null, null);

    /// <summary>MOTHER as the 903 codes it: 1 a mother, 0 not, null not recorded.</summary>
    public string? MotherCode => IsMother switch { true => "1", false => "0", null => null };

    /// <summary>
    /// MOTHER and MC_DOB as one year's Header gives them: none for a child not looked after in the year (a care leaver in
    /// OC3 alone, rule 628), and not yet a mother (0) for one whose first child was born after 31 March or after she
    /// left care in the year (rule 625). <paramref name="episodes"/> are the year's, as <see cref="ReturnEpisodes.In"/> gives them.
    /// </summary>
    public Motherhood InReturn(CollectionYear year, IReadOnlyList<Episode> episodes)
    {
        if (episodes.Count == 0)
        {
            return NotRecorded;
        }
        var lookedAfterUntil = episodes[^1].End ?? year.End;
        return IsMother == true && FirstChildBornOn > lookedAfterUntil ? new(false, null) : this;
    }

    /// <summary>From the 903 codes; blank MOTHER is not recorded.</summary>
    public static Motherhood FromCodes(string? mother, DateOnly? firstChildBornOn) => mother switch
    {
        null or "" => new(null, firstChildBornOn),
        "1" => new(true, firstChildBornOn),
        "0" => new(false, firstChildBornOn),
        _ => throw new CareRuleViolation($"MOTHER is 1 (the child is a mother), 0 (she is not) or blank (not recorded); '{mother}' is none of these (rule 165)."),
    };

    public void Check(string sex, DateOnly dateOfBirth, DateOnly today)
    {
        if (sex == "M")
        {
            if (FirstChildBornOn is { } recorded)
            {
                throw new CareRuleViolation($"MC_DOB {Show(recorded)} cannot be recorded for a child whose sex is M (rule 174).");
            }
            if (IsMother is not null)
            {
                throw new CareRuleViolation($"MOTHER is recorded only for a girl; the child's sex is M, so it stays blank, not {MotherCode} (rule 165).");
            }
            return;
        }

        if (IsMother == true && FirstChildBornOn is null)
        {
            throw new CareRuleViolation("A child recorded as a mother (MOTHER 1) needs MC_DOB, the date of birth of her first or only child (rule 611).");
        }

        if (FirstChildBornOn is not { } born)
        {
            return;
        }

        if (IsMother != true)
        {
            throw new CareRuleViolation(
                $"MC_DOB {Show(born)} is recorded only for a mother, but MOTHER is {MotherCode ?? "not recorded"}; record MOTHER 1 or leave MC_DOB blank (rule 612).");
        }

        if (born <= dateOfBirth)
        {
            throw new CareRuleViolation($"MC_DOB {Show(born)} must be after the mother's own date of birth, {Show(dateOfBirth)} (rule 621).");
        }

        // Rule 620 counts the mother's age at the start of the collection year, which a single record does not have; the
        // youngest a mother can be in the return for the year her child is born is 11 on the day of the birth. A 29
        // February birthday falls on 28 February, as DfE counts it.
        var eleventh = Birthdays.Nth(dateOfBirth, 11);
        if (born < eleventh)
        {
            throw new CareRuleViolation($"A mother is at least 11 when her child is born: MC_DOB {Show(born)} is before her 11th birthday, {Show(eleventh)} (rule 620).");
        }

        if (born > today)
        {
            throw new CareRuleViolation($"MC_DOB {Show(born)} is in the future; a child's date of birth is recorded once the child is born (rule 625).");
        }
    }

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
