using Microsoft.Extensions.Configuration;
using VirtualSchool.Domain.Peps;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

/// <summary>The options records bind from configuration as the service will read them.</summary>
public sealed class PepOptionsBinding_Specs
{
    private static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))).Build();

    [Fact]
    public void Deadlines_bind_with_terms_named_or_dated()
    {
        IConfiguration settings = Settings(
            ($"{PepDeadlineOptions.Section}:ChangeOfSchoolWorkingDays", "15"),
            ($"{PepDeadlineOptions.Section}:DueSoonWorkingDays", "3"),
            ($"{PepDeadlineOptions.Section}:TermlyReviews:0:Term", "Spring 2026"),
            ($"{PepDeadlineOptions.Section}:TermlyReviews:0:Deadline", "2026-03-13"),
            ($"{PepDeadlineOptions.Section}:TermlyReviews:1:TermStarts", "2025-09-03"),
            ($"{PepDeadlineOptions.Section}:TermlyReviews:1:Deadline", "2025-11-28"));

        PepDeadlineOptions options = settings.GetSection(PepDeadlineOptions.Section).Get<PepDeadlineOptions>()!;
        var deadlines = new TermlyReviewDeadlines(TermDates, options.TermlyReviews);

        Assert.Equal((15, 3), (options.ChangeOfSchoolWorkingDays, options.DueSoonWorkingDays));
        Assert.Equal(Date("2026-03-13"), deadlines.For(Spring2026));
        Assert.Equal(Date("2025-11-28"), deadlines.For(Autumn2025));
    }

    [Fact]
    public void Unset_options_keep_their_defaults()
    {
        IConfiguration settings = Settings(("Other", "1"));

        Assert.Equal(new PepScopeOptions(), settings.GetSection(PepScopeOptions.Section).Get<PepScopeOptions>() ?? new PepScopeOptions());
        Assert.Equal((10, 5), (new PepDeadlineOptions().ChangeOfSchoolWorkingDays, new PepDeadlineOptions().DueSoonWorkingDays));
        Assert.Equal(95m, new PepTimelinessOptions().TargetPercent);
        Assert.Equal((80m, 50m, PepRating.Amber), (new PepQualityOptions().GreenFromPercent, new PepQualityOptions().AmberFromPercent, new PepQualityOptions().AdequateFrom));
    }

    [Fact]
    public void Scope_and_quality_bind()
    {
        IConfiguration settings = Settings(
            ($"{PepScopeOptions.Section}:StartAge", "2"),
            ($"{PepScopeOptions.Section}:Alignment", "FundingTerm"),
            ($"{PepQualityOptions.Section}:Checklist:0:Item", "Targets are SMART"),
            ($"{PepQualityOptions.Section}:Checklist:0:Mandatory", "true"),
            ($"{PepQualityOptions.Section}:AdequateFrom", "Green"));

        PepScopeOptions scope = settings.GetSection(PepScopeOptions.Section).Get<PepScopeOptions>()!;
        PepQualityOptions quality = settings.GetSection(PepQualityOptions.Section).Get<PepQualityOptions>()!;

        Assert.Equal(new PepScopeOptions { StartAge = 2, Alignment = PepStartAlignment.FundingTerm }, scope);
        Assert.Equal([new QualityCheck { Item = "Targets are SMART", Mandatory = true }], quality.Checklist);
        Assert.Equal(PepRating.Green, quality.AdequateFrom);
    }
}
