using Microsoft.EntityFrameworkCore;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>What the Virtual School knows of a pupil's time in care (or, for a child placed here, in our area).</summary>
public sealed record CareFacts(Guid? PeriodOfCareId, DateOnly? Since, DateOnly? LeftOn, string? ReasonCeased, bool IsCurrent);

/// <summary>
/// The one place a pupil is found, created and changed from what events and rebuilds say, whatever order they arrive in.
/// Each group of fields (details, placement, care) carries the time of the newest fact applied to it; a fact older than
/// that changes nothing (docs/virtual-school.md §8). An equal time is applied:
/// it is the same fact again, or another field of the same correction (Placements stamps them all alike).
/// </summary>
public static class PupilRegister
{
    /// <summary>
    /// One of ours, locked to the end of the caller's transaction (consumers of the same child and a rebuild run in
    /// parallel); created from what the caller knows if no event about the child has arrived yet.
    /// </summary>
    public static async Task<PupilRow> OursAsync(
        VirtualSchoolDbContext db, Guid childId, string givenName, string familyName, DateOnly dateOfBirth, DateTimeOffset now, CancellationToken ct)
    {
        var never = DateTimeOffset.MinValue;
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO pupils (id, responsibility, given_name, family_name, date_of_birth, placement_authority_code, is_out_of_area, is_current,
                                details_version, placement_version, care_version, updated_at)
            VALUES ({childId}, {PupilRow.Ours}, {givenName}, {familyName}, {dateOfBirth}, '', false, false, {never}, {never}, {never}, {now})
            ON CONFLICT (id) DO NOTHING
            """, ct);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM pupils WHERE id = {childId} FOR UPDATE", ct);
        var pupil = await db.Pupils.SingleAsync(p => p.Id == childId, ct);
        pupil.UpdatedAt = now;
        return pupil;
    }

    /// <summary>One of ours if the Virtual School has heard of the child, locked as <see cref="OursAsync"/>; otherwise null.</summary>
    public static async Task<PupilRow?> FindOursAsync(VirtualSchoolDbContext db, Guid childId, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM pupils WHERE id = {childId} FOR UPDATE", ct);
        var pupil = await db.Pupils.SingleOrDefaultAsync(p => p.Id == childId && p.Responsibility == PupilRow.Ours, ct);
        pupil?.UpdatedAt = now;
        return pupil;
    }

    /// <summary>Any pupil, locked to the end of the caller's transaction, so staff changes to their enrolments are made one at a time.</summary>
    public static async Task<PupilRow?> LockAsync(VirtualSchoolDbContext db, Guid pupilId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM pupils WHERE id = {pupilId} FOR UPDATE", ct);
        return await db.Pupils.SingleOrDefaultAsync(p => p.Id == pupilId, ct);
    }

    /// <summary>
    /// A child another authority placed here, known by that authority's code and reference (never by our ids), locked;
    /// created with <paramref name="notificationId"/> as its id the first time.
    /// </summary>
    public static async Task<PupilRow> PlacedHereAsync(
        VirtualSchoolDbContext db, Guid notificationId, string placingAuthorityCode, string placingAuthorityReference,
        string givenName, string familyName, DateOnly dateOfBirth, string ourAuthorityCode, DateTimeOffset now, CancellationToken ct)
    {
        var never = DateTimeOffset.MinValue;
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO pupils (id, responsibility, given_name, family_name, date_of_birth, placement_authority_code, is_out_of_area, is_current,
                                placing_authority_code, placing_authority_reference, details_version, placement_version, care_version, updated_at)
            VALUES ({notificationId}, {PupilRow.PlacedHere}, {givenName}, {familyName}, {dateOfBirth}, {ourAuthorityCode}, false, false,
                    {placingAuthorityCode}, {placingAuthorityReference}, {never}, {never}, {never}, {now})
            ON CONFLICT (placing_authority_code, placing_authority_reference) WHERE placing_authority_code IS NOT NULL DO NOTHING
            """, ct);
        return (await FindPlacedHereAsync(db, placingAuthorityCode, placingAuthorityReference, now, ct))!;
    }

    public static async Task<PupilRow?> FindPlacedHereAsync(
        VirtualSchoolDbContext db, string placingAuthorityCode, string placingAuthorityReference, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM pupils WHERE placing_authority_code = {placingAuthorityCode} AND placing_authority_reference = {placingAuthorityReference} FOR UPDATE", ct);
        var pupil = await db.Pupils.SingleOrDefaultAsync(
            p => p.PlacingAuthorityCode == placingAuthorityCode && p.PlacingAuthorityReference == placingAuthorityReference, ct);
        pupil?.UpdatedAt = now;
        return pupil;
    }

    /// <summary>Names, date of birth and UPN. A UPN an event does not carry leaves the one held; an older event may still fill a missing one.</summary>
    public static void ApplyDetails(PupilRow pupil, string givenName, string familyName, DateOnly dateOfBirth, string? upn, DateTimeOffset at)
    {
        if (at < pupil.DetailsVersion)
        {
            pupil.Upn ??= NormaliseUpn(upn);
            return;
        }
        pupil.GivenName = givenName;
        pupil.FamilyName = familyName;
        pupil.DateOfBirth = dateOfBirth;
        pupil.Upn = NormaliseUpn(upn) ?? pupil.Upn;
        pupil.DetailsVersion = at;
    }

    /// <summary>One corrected detail (<c>RecordCorrected</c>): only the field named changes.</summary>
    public static void ApplyDetail(PupilRow pupil, Action<PupilRow> correct, DateTimeOffset at)
    {
        if (at < pupil.DetailsVersion)
        {
            return;
        }
        correct(pupil);
        pupil.DetailsVersion = at;
    }

    /// <summary>Where the child lives and under which legal status: the placement group.</summary>
    public static void ApplyPlacement(PupilRow pupil, string? placementAuthorityCode, bool? isOutOfArea, string? legalStatus, DateTimeOffset at)
    {
        if (at < pupil.PlacementVersion)
        {
            return;
        }
        pupil.PlacementAuthorityCode = placementAuthorityCode ?? pupil.PlacementAuthorityCode;
        pupil.IsOutOfArea = isOutOfArea ?? pupil.IsOutOfArea;
        pupil.LegalStatus = legalStatus ?? pupil.LegalStatus;
        pupil.PlacementVersion = at;
    }

    /// <summary>The period of care (or placement here): when it began and ended, and so whether the pupil is current.</summary>
    public static void ApplyCare(PupilRow pupil, CareFacts facts, DateTimeOffset at)
    {
        if (at < pupil.CareVersion)
        {
            return;
        }
        pupil.PeriodOfCareId = facts.PeriodOfCareId;
        pupil.InCareSince = facts.Since;
        pupil.LeftCareOn = facts.LeftOn;
        pupil.ReasonCeased = facts.ReasonCeased;
        pupil.IsCurrent = facts.IsCurrent;
        pupil.CareVersion = at;
    }

    /// <summary>
    /// A move or a new legal status in a period: the pupil is in care in it. Its start is kept if it is the period held,
    /// unknown (until the entry or a rebuild says) if it is another one.
    /// </summary>
    public static CareFacts StillInCare(PupilRow pupil, Guid periodOfCareId) =>
        new(periodOfCareId, pupil.PeriodOfCareId == periodOfCareId ? pupil.InCareSince : null, null, null, IsCurrent: true);

    /// <summary>Trimmed, upper case; the SSDA903 "not known" codes UN1-UN5 are no pupil number and never matched on.</summary>
    public static string? NormaliseUpn(string? upn)
    {
        var trimmed = upn?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(trimmed) || trimmed is ['U', 'N', >= '1' and <= '5'] ? null : trimmed;
    }
}
