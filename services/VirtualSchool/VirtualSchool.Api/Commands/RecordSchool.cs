using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Commands;

/// <summary>Records a school or other provision, so pupils can be enrolled there; a URN already recorded is a 409.</summary>
public sealed class RecordSchoolHandler(VirtualSchoolDbContext db, TimeProvider clock)
{
    public async Task<SchoolView> HandleAsync(SchoolDetails details, CancellationToken cancellationToken)
    {
        var school = details.Validate();
        if (await db.Schools.AnyAsync(s => s.Urn == school.Urn, cancellationToken))
        {
            throw new ConflictException($"A school with URN {school.Urn} is already recorded: change it with PUT /api/virtual-school/schools/{school.Urn}.");
        }
        var now = clock.GetUtcNow();
        var row = new SchoolRow
        {
            Urn = school.Urn, Name = school.Name, Phase = school.Phase, ProvisionType = school.ProvisionType,
            LocalAuthorityCode = school.LocalAuthorityCode, RecordedAt = now, UpdatedAt = now,
        };
        db.Schools.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation("schools"))
        {
            throw new ConflictException($"A school with URN {school.Urn} is already recorded.");
        }
        return SchoolView.Of(row);
    }
}
