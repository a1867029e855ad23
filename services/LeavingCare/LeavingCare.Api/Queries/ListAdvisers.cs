using LeavingCare.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Queries;

/// <summary>A personal adviser and their caseload: the young people allocated to them now.</summary>
public sealed record AdviserView(Guid Id, string Name, int Caseload);

public sealed class ListAdvisersHandler(LeavingCareDbContext db)
{
    public async Task<IReadOnlyList<AdviserView>> HandleAsync(CancellationToken ct) =>
        await db.Set<PersonalAdviserRow>().AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new AdviserView(a.Id, a.Name, db.Set<AdviserAllocationRow>().Count(x => x.AdviserId == a.Id && x.To == null)))
            .ToListAsync(ct);
}
