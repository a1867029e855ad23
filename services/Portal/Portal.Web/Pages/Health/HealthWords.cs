namespace Portal.Web.Pages.Health;

/// <summary>The health service's codes in the words the nurses use.</summary>
public static class HealthWords
{
    public static readonly IReadOnlyList<(string Code, string Label)> Kinds =
    [
        ("INITIAL", "Initial health assessment"),
        ("REVIEW", "Review health assessment"),
        ("DENTAL", "Dental check"),
        ("OPTICAL", "Optical check"),
        ("HEARING", "Hearing check"),
        ("IMMUNISATIONS", "Immunisations"),
        ("HEALTH_PASSPORT", "Health passport"),
        ("HISTORY_TO_RECORD", "Health history to record"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Teams = [("in-area", "In our area"), ("out-of-area", "Placed out of area")];

    /// <summary>What can happen to an assessment, in the order it usually does.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Events =
    [
        ("REQUESTED", "Requested from the health provider"),
        ("BOOKED", "Appointment booked"),
        ("COMPLETED", "Completed"),
        ("DECLINED", "Declined by the child or young person"),
        ("CANCELLED", "Cancelled"),
        ("NOT_REQUIRED", "Not required: assessed in the 3 months before care began"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> ClinicianRoles =
    [
        ("DOCTOR", "Doctor"), ("NURSE", "Nurse"), ("MIDWIFE", "Midwife"), ("DENTIST", "Dentist"), ("OPTOMETRIST", "Optometrist"), ("AUDIOLOGIST", "Audiologist"),
    ];

    public static string Kind(string code) => Label(Kinds, code);

    public static string Team(string code) => Label(Teams, code);

    public static string Status(string code) => code switch
    {
        "DUE" => "Due",
        "REQUESTED" => "Requested",
        "BOOKED" => "Booked",
        _ => Label(Events, code),
    };

    private static string Label(IReadOnlyList<(string Code, string Label)> words, string code) =>
        words.FirstOrDefault(w => w.Code == code).Label ?? code;
}
