namespace LeavingCare.Domain.InTouch;

/// <summary>
/// A young person's care leaver record as the return carries it: IN_TOUCH, ACTIV and ACCOM. Null is a field not given:
/// not known yet, or not collected (ACTIV for ages 22–25, and ACCOM unless they asked for support).
/// </summary>
public sealed record Oc3Row(string? InTouch, string? Activity, string? Accommodation);
