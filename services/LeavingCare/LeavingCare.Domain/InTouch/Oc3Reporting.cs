namespace LeavingCare.Domain.InTouch;

/// <summary>
/// The care leaver record that will be returned for a young person in the cohort (docs/leaving-care.md §7.3), made from
/// what their personal adviser recorded (our design, as the DfE guide has not been checked):
/// <list type="bullet">
/// <item>IN_TOUCH: DIED once a contact on or before the window's last day records it; otherwise YES when any contact in
/// the window found the young person in touch; otherwise the code of the contact in the window nearest the birthday
/// (the later on a tie). No contact in the window leaves it blank, a <see cref="Oc3Gap.NoContactInWindow"/>.</item>
/// <item>ACTIV and ACCOM: "0" for any IN_TOUCH other than YES ("0" means not in touch, died or returned home; rule 344
/// for DIED and RHOM); for YES, or while IN_TOUCH is not known, the codes in effect on the birthday, and a gap where none
/// is. Ages 22–25 give no ACTIV, and ACCOM only when they asked for support.</item>
/// </list>
/// The row then goes through <see cref="Oc3Consistency.Check"/>.
/// </summary>
public static class Oc3Reporting
{
    /// <exception cref="LeavingCareRuleViolation">
    /// The young person has no record this year; a recorded code is not an OC3 code, or is "0", which is not a fact to record.
    /// </exception>
    public static Oc3Report For(Oc3CohortDecision decision, InTouchRecords records, ContactWindowOptions windowOptions)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(records);
        if (decision.ExcludedBy is { } excluded)
        {
            throw new LeavingCareRuleViolation($"No care leaver record in {decision.Year}: {excluded.Message}");
        }

        RequireRecorded(records);
        var window = ContactWindow.Around(decision.Birthday, windowOptions);
        var inTouch = InTouchAround(records.Contacts, window);
        var gaps = new List<Oc3Gap>();
        if (inTouch is null)
        {
            gaps.Add(Oc3Gap.NoContactInWindow);
        }

        var careLeaver17To21 = decision.Collection == Oc3Collection.CareLeavers17To21;
        var activity = careLeaver17To21 ? CodeOnBirthday(records.Activity, inTouch, decision.Birthday, Oc3Gap.NoActivityAtBirthday, gaps) : null;
        var accommodation = careLeaver17To21 || records.AskedForSupport
            ? CodeOnBirthday(records.Accommodation, inTouch, decision.Birthday, Oc3Gap.NoAccommodationAtBirthday, gaps)
            : null;
        var row = new Oc3Row(inTouch, activity, accommodation);
        return new Oc3Report(decision, window, row, gaps, Oc3Consistency.Check(row, decision.Age));
    }

    private static string? InTouchAround(IReadOnlyList<Oc3Contact> contacts, ContactWindow window)
    {
        if (contacts.Any(c => c.InTouch == Oc3Codes.Died && c.On <= window.Last))
        {
            return Oc3Codes.Died;
        }

        var inWindow = contacts.Where(c => window.Contains(c.On)).ToList();
        return inWindow.Any(c => c.InTouch == Oc3Codes.Yes)
            ? Oc3Codes.Yes
            : inWindow.OrderBy(c => Math.Abs(c.On.DayNumber - window.Birthday.DayNumber)).ThenByDescending(c => c.On).FirstOrDefault()?.InTouch;
    }

    private static string? CodeOnBirthday(IReadOnlyList<EffectiveCode> records, string? inTouch, DateOnly birthday, Oc3Gap gap, List<Oc3Gap> gaps)
    {
        if (inTouch is not (null or Oc3Codes.Yes))
        {
            return Oc3Codes.None;
        }

        var code = EffectiveCode.InEffectOn(records, birthday);
        if (code is null)
        {
            gaps.Add(gap);
        }

        return code;
    }

    private static void RequireRecorded(InTouchRecords records)
    {
        foreach (var contact in records.Contacts)
        {
            Oc3Codes.RequireInTouch(contact.InTouch);
        }

        foreach (var (field, list, require) in new[]
        {
            ("ACCOM", records.Accommodation, (Func<string?, string>)Oc3Codes.RequireAccommodation),
            ("ACTIV", records.Activity, Oc3Codes.RequireActivity),
        })
        {
            foreach (var record in list)
            {
                if (require(record.Code) == Oc3Codes.None)
                {
                    throw new LeavingCareRuleViolation(
                        $"{field} 0 (from {Show.Date(record.From)}) only stands in the return for a young person not in touch; record the {(field == "ACCOM" ? "accommodation" : "activity")} itself.");
                }
            }
        }
    }
}
