namespace CorporateParenting.Calendar;

/// <summary>Gregorian Easter Sunday (anonymous / Meeus–Jones–Butcher algorithm, docs/calendar.md §2.3).</summary>
public static class EasterSunday
{
    public static DateOnly For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);

        // Variable names follow the published algorithm so it can be checked line by line.
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int n = h + l - (7 * m) + 114;

        return new DateOnly(year, n / 31, (n % 31) + 1);
    }
}
