using VirtualSchool.Domain.Pupils;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Pupils;

public sealed class EducationStage_Specs
{
    [Theory]
    [InlineData("2009-09-01", EducationStage.EarlyYears)]          // the day of birth
    [InlineData("2014-12-30", EducationStage.EarlyYears)]          // aged 5 and in Reception, the day before the prescribed day
    [InlineData("2014-12-31", EducationStage.CompulsorySchoolAge)] // the prescribed day after the 5th birthday
    [InlineData("2026-06-26", EducationStage.CompulsorySchoolAge)] // the school leaving date is the last day
    [InlineData("2026-06-27", EducationStage.Post16)]
    [InlineData("2028-08-31", EducationStage.Post16)]              // end of Year 13 (turned 18 on 1 Sep 2027)
    [InlineData("2028-09-01", EducationStage.BeyondYear13)]
    public void A_child_born_on_1_september_2009(string on, EducationStage stage) =>
        Assert.Equal(stage, SchoolAge.StageOn(Date("2009-09-01"), Date(on)));

    [Theory]
    [InlineData("2025-03-30", EducationStage.EarlyYears)]
    [InlineData("2025-03-31", EducationStage.CompulsorySchoolAge)]
    [InlineData("2036-06-27", EducationStage.CompulsorySchoolAge)] // turns 16 on 29 Feb 2036, leaving date Fri 27 Jun 2036
    [InlineData("2036-06-28", EducationStage.Post16)]
    [InlineData("2038-08-31", EducationStage.Post16)]
    [InlineData("2038-09-01", EducationStage.BeyondYear13)]
    public void A_child_born_on_29_february_2020(string on, EducationStage stage) =>
        Assert.Equal(stage, SchoolAge.StageOn(Date("2020-02-29"), Date(on)));

    [Fact]
    public void A_date_before_birth_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SchoolAge.StageOn(Date("2020-02-29"), Date("2019-12-31")));
}
