namespace Placements.Synthetic;

/// <summary>Whole-year ages, the way the service counts them (.NET AddYears, as the DfE validator does).</summary>
internal static class Ages
{
    public static int On(DateOnly dateOfBirth, DateOnly date)
    {
        int age = date.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > date ? age - 1 : age;
    }

    public static DateOnly Birthday(DateOnly dateOfBirth, int years) => dateOfBirth.AddYears(years);
}
