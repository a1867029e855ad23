namespace CorporateParenting.ServiceDefaults.Validation;

/// <summary>What a date field is, and so which dates are plausible for it (<see cref="PlausibleDates"/>; docs/input.md).</summary>
public enum DateKind
{
    /// <summary>A date of birth: within the last 100 years, not in the future.</summary>
    Birth,

    /// <summary>
    /// A day something happened, or a day a report or list is asked about: within the last 100 years and at most a
    /// year ahead. Whether a future date is allowed is the domain's rule, which says so in its own words.
    /// </summary>
    Event,

    /// <summary>An appointment: within a year either side of today.</summary>
    Appointment,
}
