using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Services;
using Rejections = CorporateParenting.ServiceDefaults.Validation.Page<Portal.Web.Services.FeedRejection>;

namespace Portal.Web.Pages.AttendanceFeed;

/// <summary>
/// What the feed made of a file: its rows read, accepted (new, superseding an earlier mark, or unchanged) and refused,
/// and every refused row by line, field and reason, a page at a time. A school sees only the files it sent (the
/// service answers 404 for the others).
/// </summary>
public sealed class FileModel(ServiceCalls services) : PageModel
{
    public const int PageSize = 100;

    public static string PathOf(Guid fileId) => $"/virtual-school/attendance/files/{fileId}";

    [FromRoute]
    public Guid FileId { get; set; }

    public int PageNumber { get; private set; } = 1;

    public ServiceAnswer<AttendanceFileReport>? Report { get; private set; }

    public ServiceAnswer<Rejections>? Rejections { get; private set; }

    public int Pages => Rejections?.Value is { } rejections ? Math.Max(1, (rejections.Total + PageSize - 1) / PageSize) : 1;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        PageNumber = Math.Max(1, page ?? 1);
        var file = $"{VirtualSchoolRoutes.AttendanceFiles}/{FileId}";
        Report = await services.GetAsync<AttendanceFileReport>(ResourceNames.VirtualSchool, file, ct);
        if (Report.Problem?.Kind == ServiceProblemKind.NotFound)
        {
            return NotFound();
        }
        if (Report.Value is { RowsRejected: > 0 })
        {
            Rejections = await services.GetAsync<Rejections>(ResourceNames.VirtualSchool, $"{file}/rejections?page={PageNumber}&pageSize={PageSize}", ct);
        }
        return Page();
    }
}
