namespace CorporateParenting.Calendar.Tests;

public class BankHolidayChangeTests
{
    private static readonly IReadOnlyList<BankHolidayChange> Changes = EnglandAndWalesBankHolidayChanges.All;

    [Fact]
    public void Override_table_holds_the_twelve_rows_of_calendar_md()
    {
        Assert.Equal(12, Changes.Count);
        Assert.Equal(7, Changes.Count(c => c.Kind == BankHolidayChangeKind.Addition));
        Assert.Equal(5, Changes.Count(c => c.Kind == BankHolidayChangeKind.Move));
    }

    [Fact]
    public void Every_move_replaces_a_date_the_rules_give_in_that_year()
    {
        foreach (BankHolidayChange move in Changes.Where(c => c.Kind == BankHolidayChangeKind.Move))
        {
            IReadOnlyList<DateOnly> byRule = EnglandAndWalesBankHolidayRules.InYear(move.Year);

            Assert.NotNull(move.MovedFrom);
            Assert.Contains(move.MovedFrom.Value, byRule);
            Assert.DoesNotContain(move.Date, byRule);
        }
    }

    [Fact]
    public void Every_addition_is_a_new_weekday_with_no_moved_from_date()
    {
        foreach (BankHolidayChange addition in Changes.Where(c => c.Kind == BankHolidayChangeKind.Addition))
        {
            Assert.Null(addition.MovedFrom);
            Assert.DoesNotContain(addition.Date, EnglandAndWalesBankHolidayRules.InYear(addition.Year));
        }
    }

    [Fact]
    public void Override_rows_fall_on_weekdays_have_notes_and_are_in_date_order()
    {
        Assert.All(Changes, c => Assert.InRange(c.Date.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday));
        Assert.All(Changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Note)));
        Assert.Equal(Changes.OrderBy(c => c.Date), Changes);
    }

    [Fact]
    public void A_move_keeps_both_dates_and_its_year()
    {
        BankHolidayChange move = BankHolidayChange.Move(Day.Parse("Mon 28 May 2012"), Day.Parse("Mon 4 Jun 2012"), "Spring");

        Assert.Equal(BankHolidayChangeKind.Move, move.Kind);
        Assert.Equal(Day.Parse("Mon 28 May 2012"), move.MovedFrom);
        Assert.Equal(Day.Parse("Mon 4 Jun 2012"), move.Date);
        Assert.Equal(2012, move.Year);
    }

    [Fact]
    public void A_move_into_another_year_is_rejected()
    {
        Assert.Throws<ArgumentException>(
            () => BankHolidayChange.Move(Day.Parse("Fri 31 Dec 2021"), Day.Parse("Mon 3 Jan 2022"), "nonsense"));
    }
}
