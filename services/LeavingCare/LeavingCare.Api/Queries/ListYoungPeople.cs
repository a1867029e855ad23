using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Queries;

/// <summary><c>GET /api/leaving-care/young-people</c>: filter by category (none, eligible, relevant, former-relevant, qualifying), paged.</summary>
public sealed record YoungPeopleFilter(string? Category, int Skip, int Take)
{
    public static YoungPeopleFilter From(string? category, int page, int pageSize)
    {
        var errors = new FieldErrors();
        var parsed = errors.OptionalOneOf("category", category, CareLeaverCategories.All);
        errors.ThrowIfAny();
        var (skip, take) = Paging.Validate(page, pageSize);
        return new YoungPeopleFilter(parsed, skip, take);
    }
}

/// <summary>The young people by family and given name, as of the last evaluation (today's, once the sweep has run).</summary>
public sealed class ListYoungPeopleHandler(LeavingCareDbContext db)
{
    public async Task<Page<YoungPersonListItem>> HandleAsync(YoungPeopleFilter filter, DateOnly today, CancellationToken ct)
    {
        var people = db.YoungPeople.AsNoTracking();
        if (filter.Category is { } category)
        {
            people = people.Where(p => p.Category == category);
        }

        var total = await people.CountAsync(ct);
        var rows = await people.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id).Skip(filter.Skip).Take(filter.Take).ToListAsync(ct);
        return new Page<YoungPersonListItem>(
            [.. rows.Select(p => new YoungPersonListItem(p.Id, p.GivenName, p.FamilyName, p.DateOfBirth,
                today < p.DateOfBirth ? 0 : Birthdays.AgeOn(p.DateOfBirth, today), p.Category, p.CategorySince))],
            total);
    }
}
