using System.Globalization;
using CorporateParenting.VirtualSchool.V1;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Grpc;

/// <summary>The service's views as virtualschool.v1 messages: codes in upper snake case, dates yyyy-MM-dd, blank for none.</summary>
public static class VirtualSchoolMessages
{
    public static Pupil Of(PupilDetails p)
    {
        var pupil = new Pupil
        {
            PupilId = p.Id.ToString(), Responsibility = Code(p.Responsibility), GivenName = p.GivenName, FamilyName = p.FamilyName,
            DateOfBirth = Show(p.DateOfBirth), Upn = p.Upn ?? string.Empty, PlacementAuthorityCode = p.PlacementAuthorityCode,
            IsOutOfArea = p.IsOutOfArea, IsCurrent = p.IsCurrent, YearGroup = p.YearGroup ?? 0, YearGroupName = p.YearGroupName ?? string.Empty,
            Stage = Code(p.Stage), PlacingAuthorityCode = p.PlacingAuthorityCode ?? string.Empty,
            PlacingAuthorityReference = p.PlacingAuthorityReference ?? string.Empty,
        };
        pupil.Enrolments.AddRange(p.Enrolments.Select(e => new Enrolment
        {
            EnrolmentId = e.Id.ToString(), Urn = e.Urn, SchoolName = e.SchoolName, StartsOn = Show(e.StartsOn),
            EndsOn = e.EndsOn is { } ends ? Show(ends) : string.Empty, Registration = Code(e.Registration),
        }));
        return pupil;
    }

    /// <summary>"placed-here" → "PLACED_HERE", "post-16" → "POST_16".</summary>
    private static string Code(string? kebab) => kebab?.Replace('-', '_').ToUpperInvariant() ?? string.Empty;

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
