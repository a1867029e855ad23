namespace CorporateParenting.Calendar.Tests;

public class EasterSundayTests
{
    [Theory]
    [InlineData("Sun 31 Mar 2024")]
    [InlineData("Sun 20 Apr 2025")]
    [InlineData("Sun 5 Apr 2026")]
    [InlineData("Sun 28 Mar 2027")]
    [InlineData("Sun 16 Apr 2028")]
    [InlineData("Sun 1 Apr 2029")]
    [InlineData("Sun 21 Apr 2030")]
    public void Easter_sundays_listed_in_calendar_md(string easter)
    {
        DateOnly expected = Day.Parse(easter);
        Assert.Equal(expected, EasterSunday.For(expected.Year));
    }

    // The day before each Easter Monday in the GOV.UK England and Wales feed.
    [Theory]
    [InlineData("Sun 8 Apr 2012")]
    [InlineData("Sun 31 Mar 2013")]
    [InlineData("Sun 20 Apr 2014")]
    [InlineData("Sun 5 Apr 2015")]
    [InlineData("Sun 27 Mar 2016")]
    [InlineData("Sun 16 Apr 2017")]
    [InlineData("Sun 1 Apr 2018")]
    [InlineData("Sun 21 Apr 2019")]
    [InlineData("Sun 12 Apr 2020")]
    [InlineData("Sun 4 Apr 2021")]
    [InlineData("Sun 17 Apr 2022")]
    [InlineData("Sun 9 Apr 2023")]
    public void Easter_sundays_behind_the_govuk_easter_mondays(string easter)
    {
        DateOnly expected = Day.Parse(easter);
        Assert.Equal(expected, EasterSunday.For(expected.Year));
    }

    [Theory]
    [InlineData("Sun 22 Mar 1818")]
    [InlineData("Sun 25 Apr 1943")]
    [InlineData("Sun 23 Apr 2000")]
    [InlineData("Sun 23 Mar 2008")]
    [InlineData("Sun 24 Apr 2011")]
    [InlineData("Sun 25 Apr 2038")]
    [InlineData("Sun 18 Apr 2049")]
    [InlineData("Sun 23 Mar 2160")]
    [InlineData("Sun 22 Mar 2285")]
    public void Easter_sundays_of_other_known_years_including_earliest_and_latest(string easter)
    {
        DateOnly expected = Day.Parse(easter);
        Assert.Equal(expected, EasterSunday.For(expected.Year));
    }

    [Fact]
    public void Easter_is_always_a_sunday_between_22_march_and_25_april()
    {
        for (int year = 1583; year <= 9999; year++)
        {
            DateOnly easter = EasterSunday.For(year);

            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void Easter_outside_the_years_a_date_can_hold_is_rejected(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EasterSunday.For(year));
    }
}
