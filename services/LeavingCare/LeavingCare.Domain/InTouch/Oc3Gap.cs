namespace LeavingCare.Domain.InTouch;

/// <summary>What the care leaver return still lacks for a young person in the cohort.</summary>
public enum Oc3Gap
{
    /// <summary>No contact recorded in the window around the birthday, so IN_TOUCH is not known.</summary>
    NoContactInWindow,

    /// <summary>In touch (or not yet known), and no accommodation recorded as in effect on the birthday.</summary>
    NoAccommodationAtBirthday,

    /// <summary>In touch (or not yet known), and no activity recorded as in effect on the birthday.</summary>
    NoActivityAtBirthday,
}
