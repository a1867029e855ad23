using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Queries;

/// <summary>The schools and other provisions recorded, by name; and one of them by URN. No pupil is named, so nothing is audited.</summary>
public sealed class ListSchoolsHandler(VirtualSchoolDbContext db)
{
    public async Task<Page<SchoolView>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var (skip, take) = Paging.Validate(page, pageSize);
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Urn).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Page<SchoolView>([.. schools.Select(SchoolView.Of)], await db.Schools.CountAsync(cancellationToken));
    }

    public async Task<SchoolView> GetAsync(string urn, CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().Where(s => s.Urn == urn).Select(s => SchoolView.Of(s)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("School", urn);
}
