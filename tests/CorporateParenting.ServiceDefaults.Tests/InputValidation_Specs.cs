using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;

namespace CorporateParenting.ServiceDefaults.Tests;

/// <summary>The shared checks every service's input goes through: paging, text kinds and plausible dates (docs/input.md).</summary>
public sealed class InputValidation_Specs
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static IReadOnlyDictionary<string, string[]> ErrorsOf(Action<FieldErrors> check)
    {
        var errors = new FieldErrors();
        check(errors);
        return Assert.Throws<RequestValidationException>(errors.ThrowIfAny).Errors;
    }

    private static void Valid(Action<FieldErrors> check)
    {
        var errors = new FieldErrors();
        check(errors);
        errors.ThrowIfAny();
    }

    [Theory]
    [InlineData(2147483647, 50)]
    [InlineData(10737420, 200)]
    [InlineData(42949673, 50)]
    public void A_page_whose_offset_would_overflow_is_refused_naming_the_last_page(int page, int pageSize)
    {
        var problem = Assert.Throws<RequestValidationException>(() => Paging.Validate(page, pageSize));
        Assert.Equal([$"must be at most {int.MaxValue / pageSize} when pageSize is {pageSize}."], problem.Errors["page"]);
    }

    [Fact]
    public void The_last_page_still_fits_the_row_offset()
    {
        var (skip, take) = Paging.Validate(int.MaxValue / 200, 200);
        Assert.Equal(200, take);
        Assert.True(skip > 0);
    }

    [Fact]
    public void A_bad_page_and_a_bad_page_size_are_both_reported()
    {
        var problem = Assert.Throws<RequestValidationException>(() => Paging.Validate(0, 500));
        Assert.Equal(["page", "pageSize"], problem.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("Sam\u0000", "U+0000")]
    [InlineData("Sa\u0007m", "U+0007")]
    [InlineData("\u001b[31mSam", "U+001B")]
    [InlineData("Sam\nJones", "U+000A")]
    public void Control_characters_are_refused_in_a_line_of_text(string value, string named) =>
        Assert.Contains(named, Assert.Single(ErrorsOf(e => e.Required("reason", value))["reason"]));

    [Theory]
    [InlineData("Sam\u202Eevil")]
    [InlineData("\u2066Sam\u2069")]
    [InlineData("Sam\u200F")]
    public void Bidirectional_controls_are_refused_in_any_text(string value) =>
        Assert.Contains("bidirectional", Assert.Single(ErrorsOf(e => e.Required("reason", value, kind: TextKind.Paragraphs))["reason"]));

    [Fact]
    public void Paragraphs_keep_their_line_breaks_and_tabs() =>
        Valid(e => Assert.Equal("Seen at home.\r\n\tAll well.", e.Required("reason", "Seen at home.\r\n\tAll well.", kind: TextKind.Paragraphs)));

    [Fact]
    public void An_unpaired_surrogate_is_refused() =>
        Assert.Contains("surrogate", Assert.Single(ErrorsOf(e => e.Required("reason", "Sam\uD800"))["reason"]));

    [Theory]
    [InlineData("Siân")]
    [InlineData("O'Brien")]
    [InlineData("Anne-Marie")]
    [InlineData("D\u2019Souza")]
    [InlineData("St. John")]
    [InlineData("Zoë")]
    [InlineData("محمد")]
    [InlineData("Nguyễn")]
    [InlineData("Baby 1")]
    public void Names_in_any_script_with_accents_hyphens_and_apostrophes_are_accepted(string name) =>
        Valid(e => e.Required("given_name", name, kind: TextKind.PersonName));

    [Theory]
    [InlineData("<script>alert(1)</script>", "<")]
    [InlineData("Sam@home", "@")]
    [InlineData("Sam;DROP", ";")]
    public void Markup_and_symbols_are_refused_in_names_naming_the_character(string name, string character) =>
        Assert.Contains($"'{character}'", Assert.Single(ErrorsOf(e => e.Required("given_name", name, kind: TextKind.PersonName))["given_name"]));

    [Theory]
    [InlineData("move 1")]
    [InlineData("réf-1")]
    [InlineData("a\u0000b")]
    public void References_are_printable_ascii_without_spaces(string reference) =>
        Assert.Single(ErrorsOf(e => e.Required("client_request_id", reference, kind: TextKind.Reference))["client_request_id"]);

    [Fact]
    public void Optional_text_is_null_when_blank_and_checked_otherwise()
    {
        Valid(e => Assert.Null(e.Optional("upn", "  ")));
        Assert.Single(ErrorsOf(e => e.Optional("upn", "A\u0000"))["upn"]);
    }

    [Theory]
    [InlineData("0001-01-01", DateKind.Birth)]
    [InlineData("1926-11-30", DateKind.Birth)]
    [InlineData("2026-12-02", DateKind.Birth)]
    [InlineData("0001-01-01", DateKind.Event)]
    [InlineData("9999-12-31", DateKind.Event)]
    [InlineData("2027-12-02", DateKind.Event)]
    [InlineData("2025-11-30", DateKind.Appointment)]
    [InlineData("2027-12-02", DateKind.Appointment)]
    [InlineData("9999-12-31", DateKind.Appointment)]
    public void Implausible_dates_are_refused(string date, DateKind kind) =>
        Assert.Single(ErrorsOf(e => e.RequiredDate("on", date, kind, Today))["on"]);

    [Theory]
    [InlineData("1926-12-01", DateKind.Birth)]
    [InlineData("2026-12-01", DateKind.Birth)]
    [InlineData("1926-12-01", DateKind.Event)]
    [InlineData("2027-12-01", DateKind.Event)]
    [InlineData("2025-12-01", DateKind.Appointment)]
    [InlineData("2027-12-01", DateKind.Appointment)]
    public void The_edges_of_each_window_are_plausible(string date, DateKind kind) =>
        Valid(e => e.RequiredDate("on", date, kind, Today));

    [Fact]
    public void A_leap_day_today_puts_the_window_on_28_february_a_hundred_years_back()
    {
        var leapDay = new DateOnly(2028, 2, 29);
        Assert.Equal((new DateOnly(1928, 2, 29), leapDay), PlausibleDates.Window(DateKind.Birth, leapDay));
        Assert.Equal(new DateOnly(2029, 2, 28), PlausibleDates.Window(DateKind.Event, leapDay).Latest);
    }

    [Fact]
    public void A_message_says_which_dates_are_plausible() =>
        Assert.Equal(["must be a date of birth from 1926-12-01 to today (2026-12-01)."], ErrorsOf(e => e.RequiredDate("dateOfBirth", "0001-01-01", DateKind.Birth, Today))["dateOfBirth"]);

    [Fact]
    public void A_day_that_has_happened_may_be_today_but_not_tomorrow_and_says_what_to_do()
    {
        Valid(e => e.NotAfterToday("on", Today, Today, "record it once it has happened."));
        Valid(e => e.NotAfterToday("on", null, Today, "record it once it has happened."));
        Assert.Equal(["is after today (2026-12-02): record it once it has happened."],
            ErrorsOf(e => e.NotAfterToday("on", Today.AddDays(1), Today, "record it once it has happened."))["on"]);
    }

    [Fact]
    public void Codes_are_matched_exactly_as_published() =>
        Assert.Single(ErrorsOf(e => e.OptionalOneOf("legal_status", "c2", ["C1", "C2"]))["legal_status"]);
}
