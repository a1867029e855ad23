using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Queries;

/// <summary>One pupil with every enrolment (earliest first) and its corrections; every read is audited under <paramref name="action"/>.</summary>
public sealed class GetPupilHandler(VirtualSchoolDbContext db, IAuditTrail audit)
{
    public async Task<PupilDetails> HandleAsync(Guid pupilId, DateOnly today, string action, CancellationToken ct)
    {
        var p = await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pupilId, ct) ?? throw new NotFoundException("Pupil", pupilId);
        var enrolments = await (from e in db.Enrolments.AsNoTracking()
                                join s in db.Schools.AsNoTracking() on e.Urn equals s.Urn
                                where e.PupilId == pupilId
                                orderby e.StartsOn, e.Id
                                select new { Enrolment = e, SchoolName = s.Name }).ToListAsync(ct);
        var ids = enrolments.Select(e => e.Enrolment.Id).ToList();
        var corrections = (await db.EnrolmentCorrections.AsNoTracking().Where(c => ids.Contains(c.EnrolmentId)).OrderBy(c => c.Id).ToListAsync(ct))
            .ToLookup(c => c.EnrolmentId);
        var schools = await ListPupilsHandler.CurrentSchoolsAsync(db, [pupilId], today, ct);
        await audit.RecordAsync(new AuditEntry(action, "pupil", p.Id), ct);

        var age = PupilAge.On(p.DateOfBirth, today);
        return new PupilDetails(p.Id, p.GivenName, p.FamilyName, p.DateOfBirth, p.Upn, p.Responsibility, age?.YearGroup, age?.YearGroupName, age?.Stage,
            schools.GetValueOrDefault(pupilId), p.PlacementAuthorityCode, p.IsOutOfArea, p.LegalStatus, p.IsCurrent, p.InCareSince, p.LeftCareOn,
            p.PlacingAuthorityCode, p.PlacingAuthorityReference,
            [.. enrolments.Select(e => EnrolmentView.Of(e.Enrolment, e.SchoolName, corrections[e.Enrolment.Id]))]);
    }
}
