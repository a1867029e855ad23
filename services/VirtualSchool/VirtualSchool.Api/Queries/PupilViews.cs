using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Queries;

/// <summary>A pupil in a list (GET /api/virtual-school/pupils): who, whose, their year group and stage today, and their school today.</summary>
public sealed record PupilSummary(
    Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, string? Upn, string Responsibility,
    int? YearGroup, string? YearGroupName, string? Stage, SchoolOnRoll? CurrentSchool,
    string PlacementAuthorityCode, bool IsOutOfArea, bool IsCurrent, string? PlacingAuthorityCode);

/// <summary>The provision a pupil is on the roll of.</summary>
public sealed record SchoolOnRoll(string Urn, string Name, string Registration);

/// <summary>One pupil with every enrolment and its correction history (GET /api/virtual-school/pupils/{id}).</summary>
public sealed record PupilDetails(
    Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, string? Upn, string Responsibility,
    int? YearGroup, string? YearGroupName, string? Stage, SchoolOnRoll? CurrentSchool,
    string PlacementAuthorityCode, bool IsOutOfArea, string? LegalStatus, bool IsCurrent, DateOnly? InCareSince, DateOnly? LeftCareOn,
    string? PlacingAuthorityCode, string? PlacingAuthorityReference, IReadOnlyList<EnrolmentView> Enrolments);

public sealed record EnrolmentView(
    Guid Id, string Urn, string SchoolName, DateOnly StartsOn, DateOnly? EndsOn, string Registration, uint Version,
    string RecordedBy, DateTimeOffset RecordedAt, IReadOnlyList<EnrolmentCorrectionView> Corrections)
{
    public static EnrolmentView Of(EnrolmentRow e, string schoolName, IEnumerable<EnrolmentCorrectionRow> corrections) =>
        new(e.Id, e.Urn, schoolName, e.StartsOn, e.EndsOn, e.Registration, e.Version, e.RecordedBy, e.RecordedAt,
            [.. corrections.Select(c => new EnrolmentCorrectionView(c.Field, c.CorrectedFrom, c.CorrectedTo, c.Reason, c.CorrectedBy, c.CorrectedAt))]);
}

public sealed record EnrolmentCorrectionView(string Field, string? CorrectedFrom, string? CorrectedTo, string Reason, string CorrectedBy, DateTimeOffset CorrectedAt);
