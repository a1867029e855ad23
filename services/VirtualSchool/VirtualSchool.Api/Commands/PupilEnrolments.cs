using CorporateParenting.Rules;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Enrolments;

namespace VirtualSchool.Api.Commands;

/// <summary>What recording and correcting an enrolment share: the codes, the rows as the rules see them, and the school they name.</summary>
public static class PupilEnrolments
{
    public static Registration RegistrationOf(string code) => code switch
    {
        EnrolmentRow.Single => Registration.Single,
        EnrolmentRow.DualMain => Registration.DualMain,
        EnrolmentRow.DualSubsidiary => Registration.DualSubsidiary,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    public static Enrolment Of(EnrolmentRow row) => new(row.Id, row.Urn, row.StartsOn, row.EndsOn, RegistrationOf(row.Registration));

    public static async Task<List<Enrolment>> OfPupilAsync(VirtualSchoolDbContext db, Guid pupilId, CancellationToken ct) =>
        [.. (await db.Enrolments.AsNoTracking().Where(e => e.PupilId == pupilId).ToListAsync(ct)).Select(Of)];

    /// <summary>The provision an enrolment names must be recorded first (POST /api/virtual-school/schools).</summary>
    public static async Task<SchoolRow> SchoolAsync(VirtualSchoolDbContext db, string urn, CancellationToken ct) =>
        await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Urn == urn, ct)
        ?? throw new VirtualSchoolRuleViolation($"No school with URN {urn} is recorded: record it first (POST /api/virtual-school/schools).");

    public static void RefuseNoChange(bool changed)
    {
        if (!changed)
        {
            throw new RuleViolation("The correction changes nothing: every field given already holds that value.");
        }
    }
}
