namespace Health.Domain;

public sealed partial class Assessment
{
    private const int RecentAssessmentMonths = 3;

    private string Name => Kind switch
    {
        AssessmentKind.Initial => "initial health assessment",
        AssessmentKind.Review => "review health assessment",
        AssessmentKind.Dental => "dental check",
        AssessmentKind.Optical => "optical check",
        AssessmentKind.Hearing => "hearing check",
        AssessmentKind.Immunisations => "immunisation check",
        AssessmentKind.HealthPassport => "health history summary",
        AssessmentKind.HistoryToRecord => "health history to be recorded",
        _ => Kind.ToString(),
    };

    private void CheckOpen(string change)
    {
        if (!IsClosed)
        {
            return;
        }

        string closed = Status switch
        {
            AssessmentStatus.Completed =>
                $"was completed on {Show.Date(Completion!.On)} by {Completion.CompletedBy} ({Describe(Completion.Role)})",
            AssessmentStatus.Declined => $"was declined by the young person on {Show.Date(Closure!.On)}",
            AssessmentStatus.Cancelled => $"was cancelled on {Show.Date(Closure!.On)} ({Closure.Reason})",
            _ => $"was recorded as not required (the child was assessed on {Show.Date(PreviouslyAssessedOn!.Value)}, before becoming looked after)",
        };
        throw new HealthRuleViolation(
            $"This {Name} cannot be recorded as {change}: it {closed}. Nothing more can be recorded on it; if the child needs another, open a new one.");
    }

    /// <summary>Something that has happened: not before the child became looked after or the request, and not after today.</summary>
    private void CheckHappened(string what, DateOnly date, DateOnly today)
    {
        CheckNotBeforeStart(what, date);
        CheckNotAfterToday(what, date, today);
    }

    private void CheckNotBeforeStart(string what, DateOnly date)
    {
        if (date < LookedAfterSince)
        {
            throw new HealthRuleViolation(
                $"The {what} date, {Show.Date(date)}, is before the child became looked after on {Show.Date(LookedAfterSince)}.");
        }

        if (RequestedOn is DateOnly requested && date < requested)
        {
            throw new HealthRuleViolation(
                $"The {what} date, {Show.Date(date)}, is before the {Name} was requested on {Show.Date(requested)}.");
        }
    }

    private static void CheckNotAfterToday(string what, DateOnly date, DateOnly today)
    {
        if (date > today)
        {
            throw new HealthRuleViolation(
                $"The {what} date, {Show.Date(date)}, is in the future (today is {Show.Date(today)}); record it once it has happened.");
        }
    }

    private void CheckRole(ClinicianRole role)
    {
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, null);
        }

        string? rule = Kind switch
        {
            AssessmentKind.Initial when role != ClinicianRole.Doctor =>
                "An initial health assessment must be completed by a registered medical practitioner (a doctor) (CPPCR reg 7)",
            AssessmentKind.Review when role is not (ClinicianRole.Doctor or ClinicianRole.Nurse or ClinicianRole.Midwife) =>
                "A review health assessment must be completed by a doctor, or by a registered nurse or midwife",
            AssessmentKind.Dental when role != ClinicianRole.Dentist =>
                "A dental check must be done by a dentist (SSDA903 TEETH_CHECK)",
            _ => null,
        };
        if (rule is not null)
        {
            throw new HealthRuleViolation($"{rule}, not a {Describe(role)}. Record the professional who carried it out.");
        }
    }

    private static string Describe(ClinicianRole role) => role.ToString().ToLowerInvariant();
}
