namespace Health.Domain;

/// <summary>
/// The version of the questionnaire. Both have the same 25 item numbers, subscales and scoring;
/// items 18 and 22 are worded differently on the 2–4 form (docs/health.md §7.2).
/// </summary>
public enum SdqForm
{
    Ages2To4,
    Ages4To17,
}
