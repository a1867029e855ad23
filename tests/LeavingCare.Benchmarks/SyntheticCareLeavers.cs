using LeavingCare.Domain.Status;

namespace LeavingCare.Benchmarks;

/// <summary>
/// A reproducible population aged 15 to 25 on a day with full care histories: one to four periods of care from birth to
/// 18, a few short breaks (V3), some adoptions, a leap-day birthday now and then, so that every category appears.
/// </summary>
public static class SyntheticCareLeavers
{
    public static IReadOnlyList<CareHistory> Generate(int count, int seed, DateOnly on)
    {
        var random = new Random(seed);
        var people = new List<CareHistory>(count);
        for (var i = 0; i < count; i++)
        {
            var born = random.Next(300) == 0 ? new DateOnly(2008, 2, 29) : on.AddYears(-15 - random.Next(11)).AddDays(-random.Next(365));
            var episodes = new List<CareEpisode>();
            var from = born.AddDays(random.Next(0, 17 * 365));
            var eighteenth = born.AddYears(18);
            for (var n = random.Next(1, 5); n > 0 && from < eighteenth && from <= on; n--)
            {
                var ends = from.AddDays(random.Next(5, 1500));
                DateOnly? ended = ends >= eighteenth ? eighteenth : ends > on ? null : ends;
                var reason = ended is null ? null : ended == eighteenth ? "E17" : random.Next(30) == 0 ? "E12" : "E4A";
                episodes.Add(new CareEpisode(from, ended, random.Next(20) == 0 ? "V3" : "C2", reason));
                if (ended is not { } last)
                {
                    break;
                }
                from = last.AddDays(random.Next(1, 900));
            }
            people.Add(new CareHistory(born, episodes));
        }
        return people;
    }
}
