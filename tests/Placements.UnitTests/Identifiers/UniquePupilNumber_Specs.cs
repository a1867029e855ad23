using Placements.Domain;

namespace Placements.UnitTests.Identifiers;

public sealed class UniquePupilNumber_Specs
{
    // Check letters worked by hand with the alphabet ABCDEFGHJKLMNPQRTUVWXYZ (A = 0 … Z = 22):
    // T831200001001: 8×2 + 3×3 + 1×4 + 2×5 + 1×10 + 1×13 = 16 + 9 + 4 + 10 + 10 + 13 = 62; 62 mod 23 = 16 → T.
    // X830512345678: 16 + 9 + 0 + 25 + 6 + 14 + 24 + 36 + 50 + 66 + 84 + 104 = 434; 434 mod 23 = 20 → X.
    // D83120000100A: temporary, A = 0: 16 + 9 + 4 + 10 + 10 = 49; 49 mod 23 = 3 → D.
    // T83120000100B: temporary, B = 1 at weight 13: 49 + 13 = 62 → T.
    // A000000000000: sum 0 → A.
    [Theory]
    [InlineData("T831200001001")]
    [InlineData("X830512345678")]
    [InlineData("D83120000100A")]
    [InlineData("T83120000100B")]
    [InlineData("A000000000000")]
    public void A_upn_with_the_right_check_letter_is_valid(string upn) =>
        Assert.True(UniquePupilNumber.IsValid(upn));

    [Theory]
    [InlineData("A831200001001")] // check letter should be T
    [InlineData("U831200001001")] // one place off
    [InlineData("T831200001010")] // last two digits swapped: the weights change the sum to 61 → R
    [InlineData("T83120000100I")] // I is never used
    [InlineData("T83120000100O")] // O is never used
    [InlineData("T83120000100S")] // S is never used
    [InlineData("T8312000010A1")] // only the last character may be a letter
    [InlineData("t831200001001")] // lower case check letter
    [InlineData("T83120000100")] // 12 characters
    [InlineData("T8312000010011")] // 14 characters
    [InlineData("")]
    [InlineData(null)]
    public void A_upn_with_a_wrong_check_letter_or_shape_is_invalid(string? upn) =>
        Assert.False(UniquePupilNumber.IsValid(upn));

    [Theory]
    [InlineData("UN1")]
    [InlineData("UN2")]
    [InlineData("UN3")]
    [InlineData("UN4")]
    [InlineData("UN5")]
    public void The_five_unknown_codes_are_recognised(string code) =>
        Assert.True(UniquePupilNumber.IsUnknownCode(code));

    [Theory]
    [InlineData("UN0")]
    [InlineData("UN6")]
    [InlineData("un1")]
    [InlineData("T831200001001")]
    [InlineData(null)]
    public void Anything_else_is_not_an_unknown_code(string? code) =>
        Assert.False(UniquePupilNumber.IsUnknownCode(code));

    [Fact]
    public void An_unknown_code_is_not_a_valid_upn() =>
        Assert.False(UniquePupilNumber.IsValid("UN1"));
}
