namespace CorporateParenting.Testing;

/// <summary>
/// The Virtual School's term dates for specs that must run on any day: one term round today, and the other five terms
/// of the two school years its appsettings configure moved out of the way (January 2081 onwards), so that none overlaps it.
/// </summary>
public static class VirtualSchoolTerms
{
    /// <summary>The settings of a term <paramref name="name"/> from <paramref name="starts"/> to <paramref name="ends"/>, its last two days a break.</summary>
    public static Dictionary<string, string?> OneTerm(string name, DateOnly starts, DateOnly ends)
    {
        var settings = new Dictionary<string, string?>();
        for (var year = 0; year < 2; year++)
        {
            for (var term = 0; term < 3; term++)
            {
                var prefix = $"VirtualSchool:Terms:SchoolYears:{year}:Terms:{term}";
                var spare = 2080 + (year * 3) + term;
                var (termName, from, to) = (year, term) == (0, 0)
                    ? (name, starts, ends)
                    : ($"Spare {spare}", new DateOnly(spare, 1, 5), new DateOnly(spare, 1, 20));
                settings[$"{prefix}:Name"] = termName;
                settings[$"{prefix}:Starts"] = $"{from:yyyy-MM-dd}";
                settings[$"{prefix}:Ends"] = $"{to:yyyy-MM-dd}";
                settings[$"{prefix}:Breaks:0:Starts"] = $"{to.AddDays(-1):yyyy-MM-dd}";
                settings[$"{prefix}:Breaks:0:Ends"] = $"{to:yyyy-MM-dd}";
            }
        }
        return settings;
    }
}
