namespace VirtualSchool.Benchmarks;

/// <summary>
/// Seeded marks for every pupil, school day and session, the same sequence for the CSV and for the raw COPY: mostly
/// present, with the absence a looked-after cohort shows (illness, unauthorised, appointments, lateness).
/// </summary>
public static class SyntheticMarks
{
    public const string Urn = "112233";

    public static IEnumerable<(int Pupil, DateOnly Day, short Session, string Code)> For(int pupils, IReadOnlyList<DateOnly> days, int seed)
    {
        var random = new Random(seed);
        foreach (var day in days)
        {
            for (int pupil = 0; pupil < pupils; pupil++)
            {
                for (short session = 0; session < 2; session++)
                {
                    yield return (pupil, day, session, Code(random.Next(1000), session));
                }
            }
        }
    }

    public static string Upn(int pupil) => $"A{pupil:D12}";

    public static Guid Id(int pupil) => new(pupil, 0x5653, 0x4246, 0, 0, 0, 0, 0, 0, 0, 1);

    private static string Code(int draw, short session) => draw switch
    {
        < 40 => "I",
        < 60 => "N",
        < 70 => "M",
        < 85 => "L",
        < 90 => "O",
        _ => session == 0 ? "/" : "\\",
    };
}
