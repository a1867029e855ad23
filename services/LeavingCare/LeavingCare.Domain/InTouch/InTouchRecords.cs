namespace LeavingCare.Domain.InTouch;

/// <summary>
/// What the personal adviser has recorded for a care leaver, from which the care leaver return is made: contacts,
/// accommodation (ACCOM) and activity (ACTIV) with the dates they took effect, and whether a young person aged 21 to 24
/// asked for support (s23CZB), which brings their accommodation into the 22–25 collection.
/// </summary>
public sealed record InTouchRecords(
    IReadOnlyList<Oc3Contact> Contacts,
    IReadOnlyList<EffectiveCode> Accommodation,
    IReadOnlyList<EffectiveCode> Activity,
    bool AskedForSupport = false);
