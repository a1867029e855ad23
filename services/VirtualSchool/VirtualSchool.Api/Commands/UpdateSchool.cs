using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Commands;

/// <summary>Replaces a recorded school's name, phase, provision type and local authority; its URN stays.</summary>
public sealed class UpdateSchoolHandler(VirtualSchoolDbContext db, TimeProvider clock)
{
    public async Task<SchoolView> HandleAsync(string urn, SchoolDetails details, CancellationToken cancellationToken)
    {
        var school = details.Validate(routeUrn: urn);
        var row = await db.Schools.SingleOrDefaultAsync(s => s.Urn == school.Urn, cancellationToken) ?? throw new NotFoundException("School", urn);
        row.Name = school.Name;
        row.Phase = school.Phase;
        row.ProvisionType = school.ProvisionType;
        row.LocalAuthorityCode = school.LocalAuthorityCode;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return SchoolView.Of(row);
    }
}
