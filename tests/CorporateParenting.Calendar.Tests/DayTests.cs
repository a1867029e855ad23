namespace CorporateParenting.Calendar.Tests;

public class DayTests
{
    [Fact]
    public void Test_dates_with_the_right_weekday_parse()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), Day.Parse("Tue 29 Feb 2028"));
    }

    [Fact]
    public void Test_dates_with_the_wrong_weekday_are_rejected()
    {
        Assert.Throws<FormatException>(() => Day.Parse("Mon 29 Feb 2028"));
    }
}
