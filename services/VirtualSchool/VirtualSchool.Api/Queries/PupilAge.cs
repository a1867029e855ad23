using VirtualSchool.Domain.Pupils;

namespace VirtualSchool.Api.Queries;

/// <summary>A pupil's year group and stage of education on a day, from the date of birth (docs/virtual-school.md §3).</summary>
public sealed record PupilAge(int YearGroup, string YearGroupName, string Stage)
{
    /// <summary>Null on a day before the date of birth (never for a plausible record, but never a 500 either).</summary>
    public static PupilAge? On(DateOnly dateOfBirth, DateOnly date)
    {
        if (date < dateOfBirth)
        {
            return null;
        }
        var yearGroup = SchoolAge.YearGroupOn(dateOfBirth, date);
        return new PupilAge(yearGroup, SchoolAge.YearGroupName(yearGroup), StageCode(SchoolAge.StageOn(dateOfBirth, date)));
    }

    /// <summary>The dates of birth of the pupils in <paramref name="yearGroup"/> on <paramref name="date"/>: the inverse of <see cref="SchoolAge.YearGroupOn"/>, so a list filters in the database.</summary>
    public static (DateOnly From, DateOnly To) BirthDatesIn(int yearGroup, DateOnly date)
    {
        var schoolYearStarts = Domain.Terms.SchoolYear.Containing(date).StartYear;
        var from = new DateOnly(schoolYearStarts - yearGroup - 5, 9, 1);
        return (from, from.AddYears(1).AddDays(-1));
    }

    public static string StageCode(EducationStage stage) => stage switch
    {
        EducationStage.EarlyYears => "early-years",
        EducationStage.CompulsorySchoolAge => "compulsory-school-age",
        EducationStage.Post16 => "post-16",
        _ => "beyond-year-13",
    };
}
