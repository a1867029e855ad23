using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Feed;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Queries;

/// <summary>One page of a file's rejections, in line order.</summary>
public sealed class ListFeedRejectionsHandler(VirtualSchoolDbContext db)
{
    public async Task<Page<FeedRejection>> HandleAsync(Guid fileId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (skip, take) = Paging.Validate(page, pageSize);
        var rejections = db.Set<AttendanceRejectionRow>().AsNoTracking().Where(r => r.FileId == fileId);
        var items = await rejections.OrderBy(r => r.Line).ThenBy(r => r.Field).Skip(skip).Take(take)
            .Select(r => new FeedRejection(r.Line, r.Field, r.Reason)).ToListAsync(cancellationToken);
        return new Page<FeedRejection>(items, await rejections.CountAsync(cancellationToken));
    }
}
