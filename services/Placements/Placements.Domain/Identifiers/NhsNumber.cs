namespace Placements.Domain;

/// <summary>NHS number: 10 digits, the last a modulus 11 check digit (NHS Data Dictionary).</summary>
public static class NhsNumber
{
    public static bool IsValid(string? nhsNumber)
    {
        if (nhsNumber is null || nhsNumber.Length != 10 || !nhsNumber.All(char.IsAsciiDigit))
        {
            return false;
        }

        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            sum += (nhsNumber[i] - '0') * (10 - i);
        }

        int check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        // A check of 10 cannot be written as one digit, so no NHS number is issued with it.
        return check != 10 && check == nhsNumber[9] - '0';
    }
}
