using System.Security.Claims;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// Who may see a PEP (docs/virtual-school.md §9.9): the Virtual School's staff (and admin, reading) see every one, and
/// so do the other services over gRPC (role <c>service</c>, which no REST PEP endpoint admits); a school sees only the PEPs of pupils enrolled at its URN today. Anything else is "not found", as strict as partner
/// isolation: a school cannot tell another school's pupil from a PEP that does not exist.
/// </summary>
public static class PepAccess
{
    /// <summary>The URN a <c>school</c> caller is confined to; null for the Virtual School's staff, admin and the other services.</summary>
    public static string? SchoolOf(ClaimsPrincipal caller) =>
        caller.IsInRole(Roles.VirtualSchool) || caller.IsInRole(Roles.Admin) || caller.IsInRole(Roles.Service) ? null
        : caller.IsInRole(Roles.School) ? caller.FindFirst(PlatformClaims.Urn)?.Value?.Trim() ?? ""
        : "";

    /// <summary>Pupils on <paramref name="urn"/>'s roll on <paramref name="today"/> (any registration).</summary>
    public static IQueryable<Guid> PupilsAt(VirtualSchoolDbContext db, string urn, DateOnly today) =>
        db.Enrolments.Where(e => e.Urn == urn && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn >= today)).Select(e => e.PupilId);

    /// <summary>The PEP, tracked, if the caller may see it; otherwise <see cref="NotFoundException"/>.</summary>
    public static async Task<PepRow> FindAsync(VirtualSchoolDbContext db, Guid pepId, ClaimsPrincipal caller, DateOnly today, CancellationToken ct)
    {
        var peps = db.Peps.Where(p => p.Id == pepId);
        if (SchoolOf(caller) is { } urn)
        {
            peps = peps.Where(p => PupilsAt(db, urn, today).Contains(p.PupilId));
        }

        return await peps.SingleOrDefaultAsync(ct) ?? throw new NotFoundException("PEP", pepId);
    }

    /// <summary>A stale version is a conflict, never a lost update.</summary>
    public static void CheckVersion(PepRow pep, int? seen)
    {
        if (seen is { } version && version != pep.Version)
        {
            throw new ConflictException(
                $"The PEP was changed by someone else since you read it (you read version {version}, it is now version {pep.Version}): read it again and redo your change.");
        }
    }

    /// <summary>Saves, turning a concurrent change that slipped in between read and save into a conflict.</summary>
    public static async Task SaveAsync(VirtualSchoolDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The PEP was changed by someone else at the same time: read it again and redo your change.");
        }
    }
}
