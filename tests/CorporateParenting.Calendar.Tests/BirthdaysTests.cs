namespace CorporateParenting.Calendar.Tests;

public class BirthdaysTests
{
    [Theory]
    [InlineData("Sat 15 May 2010", 18, "Mon 15 May 2028")]
    [InlineData("Fri 29 Feb 2008", 1, "Sat 28 Feb 2009")]
    [InlineData("Fri 29 Feb 2008", 4, "Wed 29 Feb 2012")]
    [InlineData("Fri 29 Feb 2008", 18, "Sat 28 Feb 2026")]
    [InlineData("Fri 29 Feb 2008", 20, "Tue 29 Feb 2028")]
    [InlineData("Thu 28 Feb 2008", 1, "Sat 28 Feb 2009")]
    [InlineData("Sat 1 Mar 2008", 1, "Sun 1 Mar 2009")]
    public void Nth_birthday_is_date_of_birth_plus_n_calendar_years(string dateOfBirth, int years, string expected)
    {
        Assert.Equal(Day.Parse(expected), Birthdays.Nth(Day.Parse(dateOfBirth), years));
    }

    [Fact]
    public void Zeroth_birthday_is_the_date_of_birth()
    {
        Assert.Equal(Day.Parse("Fri 29 Feb 2008"), Birthdays.Nth(Day.Parse("Fri 29 Feb 2008"), 0));
    }

    [Fact]
    public void Negative_birthdays_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Birthdays.Nth(Day.Parse("Fri 29 Feb 2008"), -1));
    }

    [Theory]
    [InlineData("Sat 15 May 2010", "Mon 15 May 2028", 18)]
    [InlineData("Sat 15 May 2010", "Sun 14 May 2028", 17)]
    [InlineData("Sat 15 May 2010", "Sat 15 May 2010", 0)]
    [InlineData("Sat 15 May 2010", "Sun 15 May 2011", 1)]
    [InlineData("Sat 15 May 2010", "Sat 14 May 2011", 0)]
    [InlineData("Fri 29 Feb 2008", "Fri 27 Feb 2009", 0)]
    [InlineData("Fri 29 Feb 2008", "Sat 28 Feb 2009", 1)]
    [InlineData("Fri 29 Feb 2008", "Sun 1 Mar 2009", 1)]
    [InlineData("Fri 29 Feb 2008", "Tue 28 Feb 2012", 3)]
    [InlineData("Fri 29 Feb 2008", "Wed 29 Feb 2012", 4)]
    [InlineData("Fri 29 Feb 2008", "Fri 27 Feb 2026", 17)]
    [InlineData("Fri 29 Feb 2008", "Sat 28 Feb 2026", 18)]
    [InlineData("Thu 28 Feb 2008", "Fri 27 Feb 2009", 0)]
    [InlineData("Thu 28 Feb 2008", "Sat 28 Feb 2009", 1)]
    [InlineData("Sat 1 Mar 2008", "Sat 28 Feb 2009", 0)]
    [InlineData("Sat 1 Mar 2008", "Sun 1 Mar 2009", 1)]
    [InlineData("Fri 31 Dec 2010", "Sat 1 Jan 2011", 0)]
    [InlineData("Sat 1 Jan 2011", "Fri 31 Dec 2021", 10)]
    public void Age_in_whole_years_on_a_date(string dateOfBirth, string onDate, int expected)
    {
        Assert.Equal(expected, Birthdays.AgeOn(Day.Parse(dateOfBirth), Day.Parse(onDate)));
    }

    [Theory]
    [InlineData("Tue 31 Aug 2021", 4)]
    [InlineData("Wed 1 Sep 2021", 3)]
    [InlineData("Tue 1 Sep 2009", 15)]
    [InlineData("Mon 31 Aug 2009", 16)]
    public void Pupil_premium_plus_age_is_taken_on_31_august(string dateOfBirth, int expected)
    {
        Assert.Equal(expected, Birthdays.AgeOn(Day.Parse(dateOfBirth), Day.Parse("Sun 31 Aug 2025")));
    }

    [Fact]
    public void Age_before_birth_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => Birthdays.AgeOn(Day.Parse("Sat 15 May 2010"), Day.Parse("Fri 14 May 2010")));
    }

    [Fact]
    public void Age_turns_exactly_on_each_nth_birthday_for_every_date_of_birth_in_2007_to_2009()
    {
        for (var dateOfBirth = new DateOnly(2007, 1, 1); dateOfBirth <= new DateOnly(2009, 12, 31); dateOfBirth = dateOfBirth.AddDays(1))
        {
            Assert.Equal(0, Birthdays.AgeOn(dateOfBirth, dateOfBirth));

            for (int years = 1; years <= 25; years++)
            {
                DateOnly birthday = Birthdays.Nth(dateOfBirth, years);

                Assert.Equal(years, Birthdays.AgeOn(dateOfBirth, birthday));
                Assert.Equal(years - 1, Birthdays.AgeOn(dateOfBirth, birthday.AddDays(-1)));
            }
        }
    }
}
