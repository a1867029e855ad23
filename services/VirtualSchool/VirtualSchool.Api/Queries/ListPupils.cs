using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Pupils;

namespace VirtualSchool.Api.Queries;

/// <summary>
/// The filters of GET /api/virtual-school/pupils. Each narrows the list in <see cref="ListPupilsHandler.Filter"/>.
/// absenceBand is over the configured default period ending today (docs/virtual-school.md §7): <c>none</c> below 10%
/// (or no possible session), <c>persistent</c> 10% or more (severe included, as DfE counts it), <c>severe</c> 50% or more.
/// </summary>
public sealed record PupilFilter(string? School, int? YearGroup, string? Responsibility, bool Current, int Page, int PageSize)
{
    public static readonly string[] AbsenceBands = ["none", "persistent", "severe"];

    public string? AbsenceBand { get; init; }

    public const int LowestYearGroup = -3;
    public const int HighestYearGroup = 15;

    public static PupilFilter From(string? school, int? yearGroup, string? responsibility, bool current, int page, int pageSize, string? absenceBand = null)
    {
        var errors = new FieldErrors();
        if (!string.IsNullOrWhiteSpace(school) && !SchoolDetails.IsUrn(school.Trim()))
        {
            errors.Add("school", "must be a URN of 6 or 7 digits.");
        }
        if (yearGroup is < LowestYearGroup or > HighestYearGroup)
        {
            errors.Add("yearGroup", $"must be between {LowestYearGroup} and {HighestYearGroup} (Reception is 0, Year 1 is 1 ... Year 13 is 13).");
        }
        var parsedResponsibility = errors.OptionalOneOf("responsibility", responsibility, PupilRow.Responsibilities);
        var parsedBand = errors.OptionalOneOf("absenceBand", absenceBand, AbsenceBands);
        errors.ThrowIfAny();
        Paging.Validate(page, pageSize);
        return new PupilFilter(string.IsNullOrWhiteSpace(school) ? null : school.Trim(), yearGroup, parsedResponsibility, current, page, pageSize)
        {
            AbsenceBand = parsedBand,
        };
    }
}

/// <summary>Pupils by family and given name, each with year group, stage and school today; the read of the list is audited.</summary>
public sealed class ListPupilsHandler(VirtualSchoolDbContext db, IAuditTrail audit, AttendanceMeasures measures, MeasurePeriods periods)
{
    public const string AuditAction = "GET /api/virtual-school/pupils";

    public async Task<Page<PupilSummary>> HandleAsync(PupilFilter filter, DateOnly today, CancellationToken ct)
    {
        var pupils = Filter(db.Pupils.AsNoTracking(), filter, today);
        if (filter.AbsenceBand is { } band)
        {
            pupils = await InBandAsync(pupils, band, today, ct);
        }
        var (skip, take) = Paging.Validate(filter.Page, filter.PageSize);
        var page = await pupils.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id).Skip(skip).Take(take).ToListAsync(ct);
        var ids = page.Select(p => p.Id).ToList();
        var schools = await CurrentSchoolsAsync(db, ids, today, ct);
        await audit.RecordAsync(new AuditEntry(AuditAction, "pupil", null, $"{page.Count} pupils"), ct);
        return new Page<PupilSummary>([.. page.Select(p => Summary(p, schools.GetValueOrDefault(p.Id), today))], await pupils.CountAsync(ct));
    }

    private IQueryable<PupilRow> Filter(IQueryable<PupilRow> pupils, PupilFilter filter, DateOnly today)
    {
        if (filter.Current)
        {
            pupils = pupils.Where(p => p.IsCurrent);
        }
        if (filter.Responsibility is { } responsibility)
        {
            pupils = pupils.Where(p => p.Responsibility == responsibility);
        }
        if (filter.YearGroup is { } yearGroup)
        {
            var (from, to) = YearGroupCohort.BirthDates(yearGroup, today);
            pupils = pupils.Where(p => p.DateOfBirth >= from && p.DateOfBirth <= to);
        }
        if (filter.School is { } urn)
        {
            pupils = pupils.Where(p => db.Enrolments.Any(e =>
                e.PupilId == p.Id && e.Urn == urn && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn >= today)));
        }
        return pupils;
    }

    /// <summary>The pupils whose band over the default period ending today is <paramref name="band"/> (see <see cref="PupilFilter"/>).</summary>
    private async Task<IQueryable<PupilRow>> InBandAsync(IQueryable<PupilRow> pupils, string band, DateOnly today, CancellationToken ct)
    {
        var period = periods.On(today);
        var tallies = await measures.PerPupilAsync(db, period.From, period.To, ct);
        var atLeast = band == "severe" ? Domain.Attendance.AbsenceBand.Severe : Domain.Attendance.AbsenceBand.Persistent;
        var banded = tallies.Where(t => t.Value.Band >= atLeast).Select(t => t.Key).ToList();
        return band == "none" ? pupils.Where(p => !banded.Contains(p.Id)) : pupils.Where(p => banded.Contains(p.Id));
    }

    /// <summary>Each pupil's single or main enrolment on <paramref name="today"/>, with the school's name.</summary>
    public static async Task<Dictionary<Guid, SchoolOnRoll>> CurrentSchoolsAsync(VirtualSchoolDbContext db, IReadOnlyCollection<Guid> pupilIds, DateOnly today, CancellationToken ct)
    {
        var onRoll = await (from e in db.Enrolments.AsNoTracking()
                            join s in db.Schools.AsNoTracking() on e.Urn equals s.Urn
                            where pupilIds.Contains(e.PupilId) && e.Registration != EnrolmentRow.DualSubsidiary
                                && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn >= today)
                            select new { e.PupilId, e.Urn, s.Name, e.Registration }).ToListAsync(ct);
        return onRoll.GroupBy(e => e.PupilId).ToDictionary(g => g.Key, g => g.Select(e => new SchoolOnRoll(e.Urn, e.Name, e.Registration)).First());
    }

    private static PupilSummary Summary(PupilRow p, SchoolOnRoll? school, DateOnly today)
    {
        var age = PupilAge.On(p.DateOfBirth, today);
        return new PupilSummary(p.Id, p.GivenName, p.FamilyName, p.DateOfBirth, p.Upn, p.Responsibility, age?.YearGroup, age?.YearGroupName, age?.Stage,
            school, p.PlacementAuthorityCode, p.IsOutOfArea, p.IsCurrent, p.PlacingAuthorityCode);
    }
}
