using CorporateParenting.Health.V1;
using Portal.Web.Pages.Health;
using Portal.Web.Services;

namespace Portal.Web.Pages.Children;

/// <summary>One thing that happened in a child's life as the platform knows it, from the service that knows it.</summary>
public sealed record StoryEvent(DateOnly On, string Section, string Title, string? Detail);

/// <summary>
/// A child's whole story: what each service the person may see holds, as one timeline, newest first. A section the
/// person's role may not see, or whose service did not answer, adds nothing.
/// </summary>
public static class ChildStory
{
    public const string Care = "Care";
    public const string HealthSection = "Health";
    public const string School = "School";
    public const string LeavingCare = "Leaving care";

    public static IReadOnlyList<StoryEvent> Of(CareTimeline? care, HealthSummary? health, Pupil? pupil, YoungPerson? youngPerson) =>
    [
        .. FromCare(care), .. FromHealth(health), .. FromSchool(pupil), .. FromLeavingCare(youngPerson),
    ];

    public static IEnumerable<StoryEvent> Newest(IEnumerable<StoryEvent> events) => events.OrderByDescending(e => e.On).ThenBy(e => e.Section);

    private static IEnumerable<StoryEvent> FromCare(CareTimeline? care)
    {
        if (care is null)
        {
            yield break;
        }
        foreach (var period in care.PeriodsOfCare)
        {
            for (var i = 0; i < period.Episodes.Count; i++)
            {
                var e = period.Episodes[i];
                var where = $"{CareWords.Placement(e.PlacementType)}{(e.IsOutOfArea ? ", outside our area" : "")}";
                yield return i == 0
                    ? new(e.StartsOn, Care, "Became looked after", $"{CareWords.LegalStatus(e.LegalStatus)}; {where}")
                    : e.ReasonForNewEpisode switch
                    {
                        "L" => new(e.StartsOn, Care, "Legal status changed", CareWords.LegalStatus(e.LegalStatus)),
                        "P" or "T" or "U" => new(e.StartsOn, Care, "Moved placement", CareWords.Capital(where)),
                        _ => new(e.StartsOn, Care, "Legal status and placement changed", $"{CareWords.LegalStatus(e.LegalStatus)}; {where}"),
                    };
            }
            if (period.EndedOn is { } ended)
            {
                yield return new(ended, Care, "Ceased to be looked after", period.ReasonCeased is { } reason ? $"Reason {reason}" : null);
            }
        }
        foreach (var worker in care.SocialWorkers)
        {
            yield return new(worker.StartsOn, Care, "Social worker allocated", worker.SocialWorkerName);
        }
    }

    private static IEnumerable<StoryEvent> FromHealth(HealthSummary? health)
    {
        if (health is null)
        {
            yield break;
        }
        foreach (var a in health.Assessments)
        {
            var kind = HealthWords.Kind(a.Kind);
            if (Day(a.CompletedOn) is { } completed)
            {
                yield return new(completed, HealthSection, $"{kind} completed", null);
            }
            else if (Day(a.ClosedOn) is { } closed)
            {
                yield return new(closed, HealthSection, $"{kind} {HealthWords.Status(a.Status).ToLowerInvariant()}", null);
            }
            else if (Day(a.DueOn) is { } due)
            {
                yield return new(due, HealthSection, $"{kind} due", HealthWords.Status(a.Status));
            }
        }
        foreach (var sdq in health.Sdqs)
        {
            if (Day(sdq.CompletedOn) is { } on)
            {
                yield return new(on, HealthSection, "Strengths and difficulties questionnaire",
                    sdq.TotalDifficulties < 0 ? "Total difficulties not scored" : $"Total difficulties {sdq.TotalDifficulties}");
            }
        }
    }

    private static IEnumerable<StoryEvent> FromSchool(Pupil? pupil)
    {
        foreach (var enrolment in pupil?.Enrolments ?? [])
        {
            yield return new(enrolment.StartsOn, School, $"Joined {enrolment.SchoolName}", $"URN {enrolment.Urn}");
            if (enrolment.EndsOn is { } left)
            {
                yield return new(left, School, $"Left {enrolment.SchoolName}", null);
            }
        }
    }

    private static IEnumerable<StoryEvent> FromLeavingCare(YoungPerson? youngPerson)
    {
        if (youngPerson is null)
        {
            yield break;
        }
        foreach (var adviser in youngPerson.Advisers)
        {
            yield return new(adviser.From, LeavingCare, "Personal adviser allocated", adviser.AdviserName);
        }
        foreach (var step in youngPerson.PathwayPlan)
        {
            yield return new(step.On, LeavingCare, $"Pathway plan: {step.Kind.Replace('-', ' ')}", null);
        }
        foreach (var contact in youngPerson.Contacts)
        {
            yield return new(contact.On, LeavingCare, "In touch", contact.Method);
        }
    }

    private static DateOnly? Day(string iso) => DateOnly.TryParseExact(iso, "yyyy-MM-dd", out var day) ? day : null;
}
