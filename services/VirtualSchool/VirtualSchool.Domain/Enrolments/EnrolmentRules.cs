using System.Globalization;

namespace VirtualSchool.Domain.Enrolments;

/// <summary>
/// What a pupil's enrolments must look like, and when one of them is a change of school (docs/virtual-school.md
/// §Pupils, schools and enrolments (service)).
/// </summary>
public static class EnrolmentRules
{
    /// <summary>
    /// Checks a pupil's enrolments (<paramref name="enrolments"/>, as stored before the change) as they would be with
    /// <paramref name="changed"/> added or replacing the one of the same id: none before the date
    /// of birth; one single or main enrolment at a time; each subsidiary within a dual-main enrolment at another provision.
    /// Throws <see cref="VirtualSchoolRuleViolation"/> naming the rule and the enrolment in the way.
    /// </summary>
    public static void Check(IReadOnlyCollection<Enrolment> enrolments, Enrolment changed, DateOnly dateOfBirth)
    {
        if (changed.StartsOn < dateOfBirth)
        {
            throw new VirtualSchoolRuleViolation($"An enrolment cannot start before the pupil's date of birth ({Show(dateOfBirth)}).");
        }
        var others = enrolments.Where(e => e.Id != changed.Id).ToList();
        if (changed.IsMain && others.FirstOrDefault(e => e.IsMain && e.Overlaps(changed)) is { } clash)
        {
            throw new VirtualSchoolRuleViolation(
                $"One school at a time: the pupil is on the roll of URN {clash.Urn} ({Describe(clash)}) over these dates. " +
                "End that enrolment first, or record a dual registration (dual-main with a dual-subsidiary).");
        }
        var after = others.Append(changed).ToList();
        foreach (var subsidiary in after.Where(e => e.Registration == Registration.DualSubsidiary))
        {
            if (!after.Any(main => main.Registration == Registration.DualMain && subsidiary.IsWithin(main) && main.Urn != subsidiary.Urn))
            {
                throw new VirtualSchoolRuleViolation(
                    $"A dual-subsidiary enrolment needs a dual-main enrolment at another provision for its whole time: URN {subsidiary.Urn} " +
                    $"({Describe(subsidiary)}) has none.");
            }
        }
    }

    /// <summary>
    /// The change of school <paramref name="enrolment"/> makes: when it is the pupil's latest single or main enrolment and
    /// its provision differs from the main one before it (or there was none). Recording an earlier enrolment (history)
    /// or a subsidiary changes no school.
    /// </summary>
    public static SchoolChange? ChangeOfSchool(IReadOnlyCollection<Enrolment> enrolments, Enrolment enrolment)
    {
        if (!enrolment.IsMain)
        {
            return null;
        }
        var mains = enrolments.Where(e => e.IsMain && e.Id != enrolment.Id).Append(enrolment)
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Id == enrolment.Id).ToList();
        if (mains[^1] != enrolment)
        {
            return null;
        }
        var previous = mains.Count > 1 ? mains[^2] : null;
        return previous?.Urn == enrolment.Urn ? null : new SchoolChange(previous?.Urn, enrolment.Urn, enrolment.StartsOn);
    }

    private static string Describe(Enrolment e) =>
        $"{RegistrationCode(e.Registration)} from {Show(e.StartsOn)}" + (e.EndsOn is { } ends ? $" to {Show(ends)}" : ", still open");

    /// <summary>The code the API and the docs use: single, dual-main, dual-subsidiary.</summary>
    public static string RegistrationCode(Registration registration) => registration switch
    {
        Registration.Single => "single",
        Registration.DualMain => "dual-main",
        _ => "dual-subsidiary",
    };

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
