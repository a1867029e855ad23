namespace CorporateParenting.AppHost;

/// <summary>
/// Settings the demo gives the services so its data has something to run on, set only when the demo is loaded. They are
/// the demo's, not national rates or a real authority's choices: an authority configures its own (docs/virtual-school.md
/// §9.3, §10.9), and a deployment such as docker-compose.yml does not carry them.
/// </summary>
public static class DemoSettings
{
    public static readonly IReadOnlyDictionary<string, string> VirtualSchool = new Dictionary<string, string>
    {
        // DEMO ONLY: the 2026-27 Pupil Premium Plus rate is for the authority to configure once DfE confirms it; the demo
        // carries 2025-26's £2,630 forward so that it can open the year, and keeps back £200 a child as the retained share.
        ["VirtualSchool__PupilPremiumPlus__Rates__0__FinancialYear"] = "2026-27",
        ["VirtualSchool__PupilPremiumPlus__Rates__0__PerChild"] = "2630",
        ["VirtualSchool__PupilPremiumPlus__RetainedPerChild"] = "200",
        // The demo Virtual School's termly review deadlines for 2026/27 (the term dates are the service's defaults).
        ["VirtualSchool__Peps__Deadlines__TermlyReviews__0__Term"] = "Autumn 2026",
        ["VirtualSchool__Peps__Deadlines__TermlyReviews__0__Deadline"] = "2026-12-11",
        ["VirtualSchool__Peps__Deadlines__TermlyReviews__1__Term"] = "Spring 2027",
        ["VirtualSchool__Peps__Deadlines__TermlyReviews__1__Deadline"] = "2027-03-19",
        ["VirtualSchool__Peps__Deadlines__TermlyReviews__2__Term"] = "Summer 2027",
        ["VirtualSchool__Peps__Deadlines__TermlyReviews__2__Deadline"] = "2027-07-09",
        // The PEP sweep every 5 minutes rather than hourly, so the demo's overdue PEPs reach the worklist soon after loading.
        ["VirtualSchool__Peps__SweepInterval"] = "00:05:00",
    };

    public static readonly IReadOnlyDictionary<string, string> Notifications = new Dictionary<string, string>
    {
        // The demo cohort's histories go back years and their placements elsewhere become notifications: notices due
        // before the cohort's as-at date (when the demo platform "went live") are not chased.
        ["Notifications__Outbound__NoticesOwedFrom"] = "2026-11-01",
    };

    /// <summary>Every key the demo sets, on any service.</summary>
    public static IReadOnlySet<string> Keys { get; } = VirtualSchool.Keys.Concat(Notifications.Keys).ToHashSet();

    public static IResourceBuilder<ProjectResource> WithVirtualSchoolDemoSettings(this IResourceBuilder<ProjectResource> virtualSchool) =>
        virtualSchool.WithSettings(VirtualSchool);

    public static IResourceBuilder<ProjectResource> WithNotificationsDemoSettings(this IResourceBuilder<ProjectResource> notifications) =>
        notifications.WithSettings(Notifications);

    private static IResourceBuilder<ProjectResource> WithSettings(this IResourceBuilder<ProjectResource> service, IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (key, value) in settings)
        {
            service.WithEnvironment(key, value);
        }
        return service;
    }
}
