using CorporateParenting.Calendar;

namespace Health.Domain;

/// <summary>
/// One health assessment or check of a looked-after child, from due to its outcome. It holds no database
/// concerns: the service stores what it exposes and rebuilds it by replaying the same calls.
/// </summary>
/// <remarks>
/// Our lifecycle (docs/health.md names the states, not the moves):
/// <list type="bullet">
/// <item>Due → Requested → Booked → Completed. Requesting and booking are optional steps: a carer books a
/// dentist without a request to health, and an assessment done at an unplanned visit, or entered after the
/// event, can be completed straight from Due.</item>
/// <item>Booked → Booked rebooks (a new date or clinician). Every appointment is kept, so moved and missed
/// ones stay visible.</item>
/// <item>Declined (by the young person), Cancelled (e.g. the child left care) and NotRequired (IHA only:
/// assessed in the 3 months before becoming looked after) close it from any open state.</item>
/// <item>Completed, Declined, Cancelled and NotRequired are final. A change of mind or a new need is a new
/// assessment; a request after booking, a second request and anything after a final state are refused.</item>
/// <item>Dates: nothing is dated before the child became looked after or before the request; what has
/// happened (request, outcome) cannot be dated after today. An appointment may be in the future, or in the
/// past when a booking is entered late.</item>
/// </list>
/// </remarks>
public sealed partial class Assessment
{
    private readonly List<Appointment> _appointments = [];

    public Assessment(AssessmentKind kind, DateOnly lookedAfterSince, DateOnly dueOn)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        Kind = kind;
        LookedAfterSince = lookedAfterSince;
        DueOn = dueOn;
    }

    public AssessmentKind Kind { get; }

    /// <summary>The start of the period of care the assessment belongs to.</summary>
    public DateOnly LookedAfterSince { get; }

    public DateOnly DueOn { get; }

    public AssessmentStatus Status { get; private set; } = AssessmentStatus.Due;

    public DateOnly? RequestedOn { get; private set; }

    /// <summary>Every appointment booked, earliest booking first; the last is the current one.</summary>
    public IReadOnlyList<Appointment> Appointments => _appointments;

    public Appointment? CurrentAppointment => _appointments.Count > 0 ? _appointments[^1] : null;

    public AssessmentCompletion? Completion { get; private set; }

    /// <summary>Why and when it was declined or cancelled.</summary>
    public AssessmentClosure? Closure { get; private set; }

    /// <summary>For NotRequired: the date of the assessment in the 3 months before the child became looked after.</summary>
    public DateOnly? PreviouslyAssessedOn { get; private set; }

    public bool IsClosed => Status is AssessmentStatus.Completed or AssessmentStatus.Declined
        or AssessmentStatus.Cancelled or AssessmentStatus.NotRequired;

    public void Request(DateOnly requestedOn, DateOnly today)
    {
        CheckOpen("requested");
        if (RequestedOn is DateOnly earlier)
        {
            throw new HealthRuleViolation(
                $"This {Name} was already requested on {Show.Date(earlier)}; record the booking or the outcome instead.");
        }

        if (CurrentAppointment is { } booked)
        {
            throw new HealthRuleViolation(
                $"This {Name} is already booked for {Show.Date(booked.On)} with {booked.Clinician}; a request is recorded before booking. To move the appointment, rebook it.");
        }

        CheckHappened("request", requestedOn, today);
        RequestedOn = requestedOn;
        Status = AssessmentStatus.Requested;
    }

    public void Book(DateOnly appointmentOn, string clinician)
    {
        CheckOpen("booked");
        if (string.IsNullOrWhiteSpace(clinician))
        {
            throw new HealthRuleViolation("Name the clinician the appointment is with.");
        }

        var appointment = new Appointment(appointmentOn, clinician.Trim());
        if (appointment == CurrentAppointment)
        {
            throw new HealthRuleViolation(
                $"This {Name} is already booked for {Show.Date(appointmentOn)} with {appointment.Clinician}; give a new date or clinician to rebook it.");
        }

        CheckNotBeforeStart("appointment", appointmentOn);
        _appointments.Add(appointment);
        Status = AssessmentStatus.Booked;
    }

    public void Complete(DateOnly completedOn, string completedBy, ClinicianRole role, DateOnly today)
    {
        CheckOpen("completed");
        if (string.IsNullOrWhiteSpace(completedBy))
        {
            throw new HealthRuleViolation($"Name who completed the {Name}.");
        }

        CheckRole(role);
        if (Kind == AssessmentKind.Initial && completedOn < LookedAfterSince)
        {
            throw new HealthRuleViolation(
                $"The completion date, {Show.Date(completedOn)}, is before the child became looked after on {Show.Date(LookedAfterSince)}. " +
                "If the child was assessed in the 3 months before, record the IHA as not required with that assessment's date.");
        }

        CheckHappened("completion", completedOn, today);
        Completion = new AssessmentCompletion(completedOn, completedBy.Trim(), role);
        Status = AssessmentStatus.Completed;
    }

    /// <summary>The young person declined the assessment.</summary>
    public void Decline(DateOnly declinedOn, string reason, DateOnly today)
    {
        CheckOpen("declined");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new HealthRuleViolation($"Give the reason the young person declined the {Name}.");
        }

        CheckHappened("decline", declinedOn, today);
        Closure = new AssessmentClosure(declinedOn, reason.Trim());
        Status = AssessmentStatus.Declined;
    }

    /// <summary>No longer needed, for example because the child left care.</summary>
    public void Cancel(DateOnly cancelledOn, string reason, DateOnly today)
    {
        CheckOpen("cancelled");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new HealthRuleViolation($"Give the reason the {Name} is cancelled, for example that the child left care.");
        }

        CheckHappened("cancellation", cancelledOn, today);
        Closure = new AssessmentClosure(cancelledOn, reason.Trim());
        Status = AssessmentStatus.Cancelled;
    }

    /// <summary>
    /// IHA only: the child had a health assessment in the 3 months before becoming looked after (CPPCR reg 7),
    /// counted back in calendar months, both ends included; an assessment on the day itself counts.
    /// </summary>
    public void MarkNotRequired(DateOnly previouslyAssessedOn, DateOnly today)
    {
        CheckOpen("not required");
        if (Kind != AssessmentKind.Initial)
        {
            throw new HealthRuleViolation(
                $"Only an initial health assessment can be not required because of a recent assessment; to close this {Name}, cancel it with a reason.");
        }

        var windowStart = CalendarMonths.Add(LookedAfterSince, -RecentAssessmentMonths);
        if (previouslyAssessedOn < windowStart || previouslyAssessedOn > LookedAfterSince)
        {
            throw new HealthRuleViolation(
                $"The earlier assessment on {Show.Date(previouslyAssessedOn)} is not in the 3 months before the child became looked after " +
                $"({Show.Date(windowStart)} to {Show.Date(LookedAfterSince)}), so the IHA is still required.");
        }

        CheckNotAfterToday("earlier assessment", previouslyAssessedOn, today);
        PreviouslyAssessedOn = previouslyAssessedOn;
        Status = AssessmentStatus.NotRequired;
    }
}
