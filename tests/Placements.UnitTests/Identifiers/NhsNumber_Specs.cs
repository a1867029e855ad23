using Placements.Domain;

namespace Placements.UnitTests.Identifiers;

public sealed class NhsNumber_Specs
{
    // Worked by hand, weights 10 down to 2 on the first nine digits:
    // 9434765919: 90 + 36 + 24 + 28 + 42 + 30 + 20 + 27 + 2 = 299; 299 mod 11 = 2; 11 − 2 = 9 = last digit.
    // 4010232137: 40 + 0 + 8 + 0 + 12 + 15 + 8 + 3 + 6 = 92; 92 mod 11 = 4; 11 − 4 = 7 = last digit.
    // 0000000000: sum 0; 11 − 0 = 11, which means 0 = last digit.
    [Theory]
    [InlineData("9434765919")]
    [InlineData("4010232137")]
    [InlineData("0000000000")]
    public void A_number_with_the_right_check_digit_is_valid(string nhsNumber) =>
        Assert.True(NhsNumber.IsValid(nhsNumber));

    [Theory]
    [InlineData("9434765918")] // check digit should be 9
    [InlineData("4910232137")] // one digit changed: sum 173, 173 mod 11 = 8, check 3
    [InlineData("943476591")] // 9 digits
    [InlineData("94347659190")] // 11 digits
    [InlineData("943 476 5919")] // spaces are for display only
    [InlineData("94347659A9")]
    [InlineData("")]
    [InlineData(null)]
    public void A_number_with_a_wrong_check_digit_or_shape_is_invalid(string? nhsNumber) =>
        Assert.False(NhsNumber.IsValid(nhsNumber));

    // 123456789: 10 + 18 + 24 + 28 + 30 + 30 + 28 + 24 + 18 = 210; 210 mod 11 = 1; 11 − 1 = 10, so no tenth digit fits.
    [Theory]
    [InlineData("1234567890")]
    [InlineData("1234567891")]
    [InlineData("1234567899")]
    public void A_check_of_10_makes_every_number_with_those_nine_digits_invalid(string nhsNumber) =>
        Assert.False(NhsNumber.IsValid(nhsNumber));
}
