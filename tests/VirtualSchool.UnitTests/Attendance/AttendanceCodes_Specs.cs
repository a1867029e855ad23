using VirtualSchool.Domain;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.UnitTests.Attendance;

public sealed class AttendanceCodes_Specs
{
    [Fact]
    public void The_default_table_holds_the_34_codes_in_use_since_19_august_2024_in_order() =>
        Assert.Equal(
            ["/", "\\", "L", "K", "V", "P", "W", "B", "C1", "C2", "C", "M", "J1", "S", "X", "T", "R", "I", "E",
             "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "G", "N", "O", "U", "D", "Z", "#"],
            AttendanceCodes.Default.All.Select(c => c.Code));

    [Theory]
    [InlineData("/", AttendanceCategory.Present, true)]
    [InlineData("\\", AttendanceCategory.Present, true)]
    [InlineData("L", AttendanceCategory.Present, true)]
    [InlineData("K", AttendanceCategory.ApprovedEducationalActivity, true)]
    [InlineData("V", AttendanceCategory.ApprovedEducationalActivity, true)]
    [InlineData("P", AttendanceCategory.ApprovedEducationalActivity, true)]
    [InlineData("W", AttendanceCategory.ApprovedEducationalActivity, true)]
    [InlineData("B", AttendanceCategory.ApprovedEducationalActivity, true)]
    [InlineData("C1", AttendanceCategory.AuthorisedLeaveOfAbsence, true)]
    [InlineData("C2", AttendanceCategory.AuthorisedLeaveOfAbsence, true)]
    [InlineData("C", AttendanceCategory.AuthorisedLeaveOfAbsence, true)]
    [InlineData("M", AttendanceCategory.AuthorisedLeaveOfAbsence, true)]
    [InlineData("J1", AttendanceCategory.AuthorisedLeaveOfAbsence, true)]
    [InlineData("S", AttendanceCategory.AuthorisedLeaveOfAbsence, true)]
    [InlineData("X", AttendanceCategory.AuthorisedLeaveOfAbsence, false)]
    [InlineData("T", AttendanceCategory.AuthorisedOther, true)]
    [InlineData("R", AttendanceCategory.AuthorisedOther, true)]
    [InlineData("I", AttendanceCategory.AuthorisedOther, true)]
    [InlineData("E", AttendanceCategory.AuthorisedOther, true)]
    [InlineData("Q", AttendanceCategory.UnableToAttend, false)]
    [InlineData("Y1", AttendanceCategory.UnableToAttend, false)]
    [InlineData("Y2", AttendanceCategory.UnableToAttend, false)]
    [InlineData("Y3", AttendanceCategory.UnableToAttend, false)]
    [InlineData("Y4", AttendanceCategory.UnableToAttend, false)]
    [InlineData("Y5", AttendanceCategory.UnableToAttend, false)]
    [InlineData("Y6", AttendanceCategory.UnableToAttend, false)]
    [InlineData("Y7", AttendanceCategory.UnableToAttend, false)]
    [InlineData("G", AttendanceCategory.Unauthorised, true)]
    [InlineData("N", AttendanceCategory.Unauthorised, true)]
    [InlineData("O", AttendanceCategory.Unauthorised, true)]
    [InlineData("U", AttendanceCategory.Unauthorised, true)]
    [InlineData("D", AttendanceCategory.Administrative, false)]
    [InlineData("Z", AttendanceCategory.Administrative, false)]
    [InlineData("#", AttendanceCategory.Administrative, false)]
    public void Each_code_has_its_category_and_possible_session_flag(string code, AttendanceCategory category, bool countsAsPossible)
    {
        AttendanceCode? found = AttendanceCodes.Default.Find(code);

        Assert.NotNull(found);
        Assert.Equal(category, found.Category);
        Assert.Equal(countsAsPossible, found.CountsAsPossible);
        Assert.Null(AttendanceCodes.Default.Problem(code));
    }

    [Theory]
    [InlineData("c")]
    [InlineData("y1")]
    [InlineData("C ")]
    [InlineData(" C")]
    [InlineData("")]
    public void Find_matches_the_letters_exactly(string code) =>
        Assert.Null(AttendanceCodes.Default.Find(code));

    [Fact]
    public void H_names_its_two_replacements() =>
        Assert.Equal(
            "H (holiday) was withdrawn on 19 August 2024: use G for a holiday not agreed by the school, "
            + "or C for leave of absence agreed in exceptional circumstances.",
            AttendanceCodes.Default.Problem("H"));

    [Fact]
    public void J_names_j1() =>
        Assert.Equal(
            "J (interview) was withdrawn on 19 August 2024: use J1 for an interview with an employer or an educational establishment.",
            AttendanceCodes.Default.Problem("J"));

    [Fact]
    public void The_single_y_names_y1_to_y7_each_briefly()
    {
        string? problem = AttendanceCodes.Default.Problem("Y");

        Assert.NotNull(problem);
        Assert.StartsWith("The single Y code was withdrawn on 19 August 2024: use Y1 (transport normally provided not available), ", problem);
        foreach (string code in new[] { "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7" })
        {
            Assert.Contains($"{code} (", problem);
        }
    }

    [Theory]
    [InlineData("A", "'A' is not an attendance code in use since 19 August 2024.")]
    [InlineData("Y8", "'Y8' is not an attendance code in use since 19 August 2024.")]
    [InlineData("h", "'h' is not an attendance code in use since 19 August 2024.")]
    [InlineData("c", "'c' is not an attendance code in use since 19 August 2024 (codes are case-sensitive: did you mean 'C'?).")]
    [InlineData("j1", "'j1' is not an attendance code in use since 19 August 2024 (codes are case-sensitive: did you mean 'J1'?).")]
    [InlineData("", "A blank mark is not an attendance code in use since 19 August 2024.")]
    [InlineData(" ", "A blank mark is not an attendance code in use since 19 August 2024.")]
    public void Anything_else_is_not_in_use(string code, string problem) =>
        Assert.Equal(problem, AttendanceCodes.Default.Problem(code));

    [Fact]
    public void Configuration_can_replace_the_table()
    {
        var local = new AttendanceCodes(
        [
            new AttendanceCode("/", "present", AttendanceCategory.Present, true),
            new AttendanceCode("H", "holiday (a local table)", AttendanceCategory.AuthorisedOther, true),
        ]);

        Assert.Null(local.Problem("H"));
        Assert.Equal(AttendanceCategory.AuthorisedOther, local.Find("H")?.Category);
        Assert.Null(local.Find("G"));
        Assert.NotNull(AttendanceCodes.Default.Problem("H"));
    }

    [Fact]
    public void Changes_replace_a_row_where_it_stands_and_add_new_codes_at_the_end()
    {
        var changed = AttendanceCodes.Default.With(
        [
            new AttendanceCode("Q", "lack of access arrangements", AttendanceCategory.UnableToAttend, CountsAsPossible: true),
            new AttendanceCode("H1", "a local code", AttendanceCategory.AuthorisedOther, CountsAsPossible: true),
        ]);

        Assert.True(changed.Find("Q")!.CountsAsPossible);
        Assert.False(AttendanceCodes.Default.Find("Q")!.CountsAsPossible);
        Assert.Equal(AttendanceCodes.Default.All.ToList().FindIndex(c => c.Code == "Q"), changed.All.ToList().FindIndex(c => c.Code == "Q"));
        Assert.Equal("H1", changed.All[^1].Code);
        Assert.Equal(AttendanceCodes.Default.All.Count + 1, changed.All.Count);
        Assert.Equal(AttendanceCodes.Default.All.Where(c => c.Code != "Q"), changed.All.Where(c => c.Code is not ("Q" or "H1")));
    }

    [Fact]
    public void A_table_cannot_hold_a_code_twice()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() => new AttendanceCodes(
        [
            new AttendanceCode("N", "no reason yet", AttendanceCategory.Unauthorised, true),
            new AttendanceCode("N", "no reason", AttendanceCategory.Unauthorised, true),
        ]));

        Assert.Equal("The attendance code 'N' appears more than once in the table.", violation.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" N")]
    public void A_table_cannot_hold_a_blank_or_padded_code(string code) =>
        Assert.Throws<VirtualSchoolRuleViolation>(() =>
            new AttendanceCodes([new AttendanceCode(code, "no reason yet", AttendanceCategory.Unauthorised, true)]));

    [Theory]
    [InlineData(AttendanceCategory.Present, true, false, false)]
    [InlineData(AttendanceCategory.ApprovedEducationalActivity, true, false, false)]
    [InlineData(AttendanceCategory.AuthorisedLeaveOfAbsence, false, true, false)]
    [InlineData(AttendanceCategory.AuthorisedOther, false, true, false)]
    [InlineData(AttendanceCategory.Unauthorised, false, false, true)]
    [InlineData(AttendanceCategory.UnableToAttend, false, false, false)]
    [InlineData(AttendanceCategory.Administrative, false, false, false)]
    public void Categories_count_as_present_authorised_or_unauthorised(
        AttendanceCategory category, bool present, bool authorised, bool unauthorised)
    {
        Assert.Equal(present, category.IsPresent());
        Assert.Equal(authorised, category.IsAuthorisedAbsence());
        Assert.Equal(unauthorised, category.IsUnauthorisedAbsence());
    }

    [Fact]
    public void A_day_has_an_am_and_a_pm_session() =>
        Assert.Equal([Session.AM, Session.PM], Enum.GetValues<Session>());
}
