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

    public static string StageCode(EducationStage stage) => stage switch
    {
        EducationStage.EarlyYears => "early-years",
        EducationStage.CompulsorySchoolAge => "compulsory-school-age",
        EducationStage.Post16 => "post-16",
        _ => "beyond-year-13",
    };
}
