using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.UnitTests.Attendance;

public sealed class AttendanceTally_Specs
{
    private static AttendanceTally Tally(params string[] codes) =>
        codes.Aggregate(AttendanceTally.Empty, (tally, code) => tally.Add(AttendanceCodes.Default.Find(code)!));

    private static AttendanceTally Absent(int absent, int possible) => new(possible, possible - absent, absent, 0);

    [Fact]
    public void Counts_a_fortnights_register_as_docs_virtual_school_4_2_defines()
    {
        AttendanceTally tally = Tally(
            "/", "\\", "L", "K", "V", "P", "W", "B",   // present: 8
            "C1", "C2", "C", "M", "J1", "S",          // leave of absence: 6
            "T", "R", "I", "E",                       // authorised other: 4
            "G", "N", "O", "U",                       // unauthorised: 4
            "X", "Q", "Y1", "Y4", "Y7", "D", "Z", "#"); // left out: 8

        Assert.Equal(new AttendanceTally(Possible: 22, Present: 8, Authorised: 10, Unauthorised: 4), tally);
        Assert.Equal(14, tally.Absent);
        Assert.Equal(14m / 22m, tally.AbsenceRate);
        Assert.Equal(1 - 14m / 22m, tally.AttendanceRate);
        Assert.Equal(AbsenceBand.Severe, tally.Band);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("Q")]
    [InlineData("Y1")]
    [InlineData("Y2")]
    [InlineData("Y3")]
    [InlineData("Y4")]
    [InlineData("Y5")]
    [InlineData("Y6")]
    [InlineData("Y7")]
    [InlineData("D")]
    [InlineData("Z")]
    [InlineData("#")]
    public void A_code_that_is_not_a_possible_session_counts_nowhere(string code) =>
        Assert.Equal(AttendanceTally.Empty, Tally(code));

    [Fact]
    public void Unable_to_attend_and_administrative_stay_out_even_if_a_table_flags_them_possible()
    {
        AttendanceTally tally = AttendanceTally.Empty
            .Add(new AttendanceCode("Q", "local reading", AttendanceCategory.UnableToAttend, CountsAsPossible: true))
            .Add(new AttendanceCode("#", "local reading", AttendanceCategory.Administrative, CountsAsPossible: true));

        Assert.Equal(AttendanceTally.Empty, tally);
    }

    [Fact]
    public void An_authorised_code_a_table_flags_not_possible_counts_nowhere() =>
        Assert.Equal(
            AttendanceTally.Empty,
            AttendanceTally.Empty.Add(new AttendanceCode("I", "illness", AttendanceCategory.AuthorisedOther, CountsAsPossible: false)));

    [Fact]
    public void With_no_possible_session_there_is_no_rate_and_no_band()
    {
        Assert.Null(AttendanceTally.Empty.AbsenceRate);
        Assert.Null(AttendanceTally.Empty.AttendanceRate);
        Assert.Equal(AbsenceBand.None, AttendanceTally.Empty.Band);
        Assert.Equal(AbsenceBand.None, Tally("X", "Q").Band);
    }

    [Theory]
    [InlineData(0, 100, AbsenceBand.None)]
    [InlineData(9, 100, AbsenceBand.None)]
    [InlineData(10, 100, AbsenceBand.Persistent)] // exactly 10% is persistent
    [InlineData(49, 100, AbsenceBand.Persistent)]
    [InlineData(50, 100, AbsenceBand.Severe)]     // exactly 50% is severe
    [InlineData(100, 100, AbsenceBand.Severe)]
    [InlineData(37, 380, AbsenceBand.None)]       // a full school year: 9.7%
    [InlineData(38, 380, AbsenceBand.Persistent)] // 19 days of 190
    [InlineData(189, 380, AbsenceBand.Persistent)]
    [InlineData(190, 380, AbsenceBand.Severe)]
    [InlineData(2, 21, AbsenceBand.None)]         // 9.52%
    [InlineData(2, 19, AbsenceBand.Persistent)]   // 10.53%
    [InlineData(1, 2, AbsenceBand.Severe)]
    [InlineData(1, 3, AbsenceBand.Persistent)]
    [InlineData(1, 11, AbsenceBand.None)]         // 9.09%
    [InlineData(1, 10, AbsenceBand.Persistent)]
    public void Bands_compare_whole_numbers_so_the_thresholds_are_exact(int absent, int possible, AbsenceBand band) =>
        Assert.Equal(band, Absent(absent, possible).Band);

    [Fact]
    public void Persistent_absence_from_real_marks_at_exactly_10_percent()
    {
        // 18 present and 2 unauthorised of 20 possible, plus marks that count nowhere.
        string[] marks = [.. Enumerable.Repeat("/", 18), "N", "G", "Y2", "#", "X"];

        AttendanceTally tally = Tally(marks);

        Assert.Equal(20, tally.Possible);
        Assert.Equal(0.1m, tally.AbsenceRate);
        Assert.Equal(0.9m, tally.AttendanceRate);
        Assert.Equal(AbsenceBand.Persistent, tally.Band);
    }

    [Fact]
    public void Severe_absence_from_real_marks_at_exactly_50_percent()
    {
        AttendanceTally tally = Tally("/", "\\", "I", "M");

        Assert.Equal(0.5m, tally.AbsenceRate);
        Assert.Equal(AbsenceBand.Severe, tally.Band);
    }

    [Fact]
    public void Rates_are_exact_fractions()
    {
        AttendanceTally tally = Tally("/", "\\", "N");

        Assert.Equal(1m / 3m, tally.AbsenceRate);
        Assert.Equal(1m - 1m / 3m, tally.AttendanceRate);
    }

    [Fact]
    public void Tallies_add_up_field_by_field()
    {
        AttendanceTally autumn = Tally("/", "I", "N", "Q");
        AttendanceTally spring = Tally("\\", "\\", "G", "M", "D");

        AttendanceTally year = autumn.Add(spring);

        Assert.Equal(new AttendanceTally(Possible: 7, Present: 3, Authorised: 2, Unauthorised: 2), year);
        Assert.Equal(Tally("/", "I", "N", "Q", "\\", "\\", "G", "M", "D"), year);
        Assert.Equal(year, year.Add(AttendanceTally.Empty));
    }

    [Fact]
    public void The_thresholds_are_10_and_50_percent()
    {
        Assert.Equal(10, AbsenceThresholds.PersistentPercent);
        Assert.Equal(50, AbsenceThresholds.SeverePercent);
    }
}
