using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

public sealed class PepKinds_Specs
{
    [Theory]
    [InlineData("2012-09-01", PepForm.EarlyYears)] // the 3rd birthday
    [InlineData("2014-12-30", PepForm.EarlyYears)] // in Reception, the day before compulsory school age
    [InlineData("2014-12-31", PepForm.SchoolAge)]
    [InlineData("2026-06-26", PepForm.SchoolAge)]  // the school leaving date
    [InlineData("2026-06-27", PepForm.Post16)]
    [InlineData("2028-08-31", PepForm.Post16)]     // the end of Year 13
    public void The_form_follows_the_stage_on_the_due_date(string dueOn, PepForm form) =>
        Assert.Equal(form, PepKinds.FormOn(Date("2009-09-01"), Date(dueOn)));

    [Fact]
    public void No_pep_is_written_after_year_13()
    {
        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() => PepKinds.FormOn(Date("2009-09-01"), Date("2028-09-01")));

        Assert.Equal("No PEP is written after the end of Year 13 (31 Aug 2028); a PEP due on 1 Sep 2028 is past it.", refused.Message);
    }

    [Theory]
    [InlineData(PepOccasion.Initial, PepForm.SchoolAge, PepKind.Initial)]
    [InlineData(PepOccasion.ChangeOfSchool, PepForm.SchoolAge, PepKind.ChangeOfSchool)]
    [InlineData(PepOccasion.TermlyReview, PepForm.SchoolAge, PepKind.TermlyReview)]
    [InlineData(PepOccasion.Initial, PepForm.Post16, PepKind.Post16)]
    [InlineData(PepOccasion.ChangeOfSchool, PepForm.Post16, PepKind.Post16)]
    [InlineData(PepOccasion.TermlyReview, PepForm.Post16, PepKind.Post16)]
    [InlineData(PepOccasion.Initial, PepForm.EarlyYears, PepKind.EarlyYears)]
    [InlineData(PepOccasion.ChangeOfSchool, PepForm.EarlyYears, PepKind.EarlyYears)]
    [InlineData(PepOccasion.TermlyReview, PepForm.EarlyYears, PepKind.EarlyYears)]
    public void Early_years_and_post_16_peps_are_named_by_their_form_the_others_by_their_occasion(
        PepOccasion occasion, PepForm form, PepKind kind)
    {
        var due = new DuePep(occasion, form, Date("2026-01-15"));

        Assert.Equal(kind, due.Kind);
        Assert.Equal(occasion, due.Occasion);
        Assert.Equal(form, due.Form);
    }

    [Theory]
    [InlineData(PepKind.Initial, "initial")]
    [InlineData(PepKind.ChangeOfSchool, "change-of-school")]
    [InlineData(PepKind.TermlyReview, "termly-review")]
    [InlineData(PepKind.Post16, "post-16")]
    [InlineData(PepKind.EarlyYears, "early-years")]
    public void Each_kind_has_the_code_the_api_filters_by(PepKind kind, string code)
    {
        Assert.Equal(code, PepKinds.Code(kind));
        Assert.Equal(kind, PepKinds.FromCode(code));
    }

    [Theory]
    [InlineData("Initial")]
    [InlineData("post16")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_kind(string? code) => Assert.Null(PepKinds.FromCode(code));
}
