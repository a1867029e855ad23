using System.Net.Http.Headers;
using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Services;

namespace Portal.Web.Pages.AttendanceFeed;

/// <summary>
/// Sending a daily attendance file to the Virtual School's feed as it takes one: the file's bytes as the body, as
/// <c>text/csv</c>, named by <c>fileName</c>. Without JavaScript an ordinary form post; with it,
/// <c>wwwroot/js/upload-progress.mjs</c> sends the same form and shows the upload's progress. Either way the answer is
/// the file's report (<see cref="FileModel"/>), or the form again with the GOV.UK error for the file.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class UploadModel(ServiceCalls services) : PageModel
{
    public const string FileField = "attendance-file";

    /// <summary>A day's marks for every pupil of an authority are well under this; a larger file is sent by a system to the API.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public const string MaxFileSize = "20MB";

    /// <summary>
    /// What the page reads at most: beyond the file's limit, so that a file a little too large is told so in the form;
    /// anything larger is refused (413) before it is read.
    /// </summary>
    private const long MaxRequestBytes = 5 * MaxFileBytes;

    public Dictionary<string, string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = FileField)] IFormFile? file, CancellationToken ct)
    {
        var name = file is null ? "" : Path.GetFileName(file.FileName);
        var error = file switch
        {
            null => "Select a CSV file of attendance marks",
            _ when !name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) => "The selected file must be a CSV",
            { Length: 0 } => "The selected file is empty",
            { Length: >= MaxFileBytes } => $"The selected file must be smaller than {MaxFileSize}",
            _ => null,
        };
        if (error is not null)
        {
            Errors[FileField] = error;
            return Page();
        }

        await using var body = file!.OpenReadStream();
        using var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        var path = VirtualSchoolRoutes.AttendanceFiles + QueryString.Create("fileName", name.Length <= 200 ? name : name[^200..]);
        var sent = await services.SendFileAsync<AttendanceFileReport>(ResourceNames.VirtualSchool, path, content, ct);
        if (sent.Value is { } report)
        {
            return Redirect(FileModel.PathOf(report.FileId));
        }

        var problem = sent.Problem!;
        Errors[FileField] = problem.Kind switch
        {
            ServiceProblemKind.NotAnswering or ServiceProblemKind.NotAllowed => $"{problem.ServiceName} {problem.Message}",
            // The feed names what is wrong with the file as a whole (no header row, empty): "The file has no urn column…".
            _ => problem.FieldErrors.Count > 0 ? string.Join(" ", problem.FieldErrors.Values) : $"The selected file could not be imported: {problem.Message}",
        };
        return Page();
    }
}
