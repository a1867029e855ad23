namespace CorporateParenting.DemoData.VirtualSchool;

/// <summary>Where the demo leaves a PEP: untouched, partly written, with the Virtual School, sent back, or approved.</summary>
public enum DemoPepOutcome
{
    Draft,
    PartlyWritten,
    Submitted,
    Returned,
    Completed,
}

/// <summary>A funded or unfunded SMART target the demo writes into a PEP.</summary>
public sealed record DemoTarget(string What, string Who, int ByWhenDays, decimal FundingRequested);

/// <summary>
/// What the demo does with each open PEP (docs/virtual-school.md §9, demo data): a fixed pattern over the PEPs in a
/// stable order, so every status is there (about three in five completed, some submitted, some returned with a reason,
/// some left as drafts that go overdue), and the content a school and social worker would write, with targets asking for
/// Pupil Premium Plus in the release bands.
/// </summary>
public static class DemoPeps
{
    private static readonly DemoPepOutcome[] Pattern =
    [
        DemoPepOutcome.Completed, DemoPepOutcome.Returned, DemoPepOutcome.Submitted, DemoPepOutcome.Draft, DemoPepOutcome.Completed,
        DemoPepOutcome.Completed, DemoPepOutcome.PartlyWritten, DemoPepOutcome.Completed, DemoPepOutcome.Completed, DemoPepOutcome.Submitted,
        DemoPepOutcome.Completed, DemoPepOutcome.Draft, DemoPepOutcome.Completed, DemoPepOutcome.Completed, DemoPepOutcome.Returned,
        DemoPepOutcome.Completed, DemoPepOutcome.Completed, DemoPepOutcome.PartlyWritten, DemoPepOutcome.Completed, DemoPepOutcome.Completed,
    ];

    private static readonly DemoTarget[][] Targets =
    [
        [new("Read for 20 minutes every evening and talk about the book at school", "Carer and designated teacher", 60, 400m),
         new("Join the school choir", "Designated teacher", 30, 0m)],
        [new("Reach the expected standard in maths through weekly one-to-one tuition", "Designated teacher", 90, 800m)],
        [new("Attend every day this half term, with a morning check-in with a trusted adult", "Key worker", 40, 400m),
         new("Take part in a small-group literacy intervention", "SENCo", 80, 800m)],
        [new("Complete a course of therapeutic support to manage big feelings in class", "Virtual School educational psychologist", 120, 1500m)],
        [new("Hand in every piece of homework on time, using the homework club", "Form tutor", 45, 0m),
         new("Prepare for mock exams with subject mentoring", "Head of year", 75, 400m)],
    ];

    public static DemoPepOutcome OutcomeFor(int index) => Pattern[index % Pattern.Length];

    public static IReadOnlyList<DemoTarget> TargetsFor(int index) => Targets[index % Targets.Length];

    /// <summary>
    /// The PEP's whole content as the edit endpoint takes it; the attendance section is left blank so the service writes it
    /// from the marks it holds. A partly written PEP has its history and current arrangements only.
    /// </summary>
    public static object Content(string givenName, DateOnly today, int index, bool partly = false)
    {
        var meetingOn = today.AddDays(-1 - (index % 7));
        var sections = new Dictionary<string, string>
        {
            ["educationalHistory"] = $"{givenName} has attended two schools since entering care; records from the previous school were received promptly.",
            ["currentArrangements"] = "Full-time in a mainstream class, with a named trusted adult and a quiet space at lunchtimes.",
        };
        if (!partly)
        {
            sections["conduct"] = "Settled and kind to others; one minor incident this half term, handled with a restorative conversation.";
            sections["achievementsAndSen"] = index % 3 == 0
                ? "SEN support for speech and language; reading age a year below chronological age but improving."
                : "No special educational needs; working at the expected standard in most subjects.";
            sections["plannedChanges"] = "No change of school or placement planned; any move will be planned with the Virtual School to keep the school place.";
            sections["leisureInterests"] = index % 2 == 0 ? "Football club on Saturdays and swimming lessons." : "Drama club and drawing.";
            sections["carersRole"] = "The carer reads with them most evenings, attends parents' evenings and checks the homework diary.";
            sections["childsVoice"] = index % 2 == 0
                ? "\"I like my teacher and I want to get better at maths. I'd like to do more PE.\""
                : "\"School is OK. I want help with reading so I can read Harry Potter on my own.\"";
        }

        return new
        {
            sections,
            meetingOn = $"{meetingOn:yyyy-MM-dd}",
            attendees = partly ? Array.Empty<string>() : ["Designated teacher", "Social worker", "Foster carer", givenName],
            targets = partly
                ? Array.Empty<object>()
                : [.. TargetsFor(index).Select(t => (object)new { t.What, t.Who, byWhen = $"{meetingOn.AddDays(t.ByWhenDays):yyyy-MM-dd}", t.FundingRequested })],
        };
    }

    public const string ReturnReason =
        "The child's voice section needs their own words from the meeting, and the maths target needs a measurable end point.";
}
