using System.Globalization;
using Placements.Domain;

namespace Placements.UnitTests;

/// <summary>Real-looking test data: Derby is our authority, Derbyshire is next door.</summary>
internal static class Given
{
    public const string Derby = "E06000015";
    public const string Derbyshire = "E10000007";

    /// <summary>The day corrections are made on in these tests: nothing may be corrected to a later date.</summary>
    public static readonly DateOnly Today = Date("2026-06-30");

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Placement Foster(
        string type = "U6", string authority = Derby, string? postcode = "DE1 2AA", string? provider = "PR4", string? urn = "SC654321") =>
        new(type, provider, urn, postcode, authority);

    public static Placement ChildrensHome(string authority = Derbyshire) =>
        new("K2", "PR4", "SC123456", "S40 1LP", authority);

    /// <summary>A4: placed for adoption with parental consent, not with the current foster carers.</summary>
    public static Placement PlacedForAdoption() => new("A4", "PR1", "SC222222", "DE1 2AA", Derby);

    /// <summary>T0–T4 carry no provider (rules 178 and 213) and no URN (rule 222).</summary>
    public static Placement Temporary(string type = "T2") =>
        new(type, null, null, null, Derby);

    public static CareHistory ChildBorn(string dateOfBirth) => new(Date(dateOfBirth), Derby);

    public static CareHistory LookedAfterSince(string entered, string dateOfBirth = "2015-06-15", Placement? placement = null, string legalStatus = "C2")
    {
        var history = ChildBorn(dateOfBirth);
        history.EnterCare(Date(entered), legalStatus, "N1", placement ?? Foster());
        return history;
    }
}
