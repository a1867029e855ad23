using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Feed;
using VirtualSchool.Api.Options;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Apis;

/// <summary>
/// The daily attendance feed over HTTP: a school or provider sends a CSV file of marks and gets its report; the report
/// and its rejections can be read again; Virtual School staff see each school's feed status.
/// </summary>
public static class AttendanceFeedApi
{
    public const string FilesRoute = "/api/virtual-school/attendance/files";

    public static RouteGroupBuilder MapAttendanceFeedApi(this IEndpointRouteBuilder endpoints)
    {
        var feed = endpoints.ServiceProvider.GetRequiredService<IOptions<AttendanceFeedOptions>>().Value;
        var group = endpoints.MapGroup("/api/virtual-school").WithTags("Attendance feed");

        group.MapPost("/attendance/files", UploadAsync).RequireAuthorization(Policies.SendAttendance)
            .WithRequestBodyLimit(feed.MaxUploadBytes)
            .WithName("UploadAttendanceFile")
            .WithSummary("Sends a file of attendance marks (text/csv, UTF-8), streamed; returns its report")
            .WithDescription("Columns (header row required, any order, any case): upn or child_id, urn, date (yyyy-MM-dd), session (AM or PM), code, " +
                "and optionally reason, exclusion (suspension, permanent-exclusion), source. Good rows are kept, refused rows reported by line and field. " +
                "201 with the report for a new file; 200 with the first report when the same bytes were sent before. Query: fileName, source.")
            .Produces<AttendanceFileReport>(StatusCodes.Status201Created)
            .Produces<AttendanceFileReport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/attendance/files/{fileId:guid}", FileAsync).RequireAuthorization(Policies.SendAttendance)
            .WithName("GetAttendanceFile")
            .WithSummary("A file's report: its counts and first rejections")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/attendance/files/{fileId:guid}/rejections", RejectionsAsync).RequireAuthorization(Policies.SendAttendance)
            .WithName("ListAttendanceFileRejections")
            .WithSummary("A file's rejections in line order, paged (page from 1, pageSize up to 200)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/schools/{urn}/feed-status", FeedStatusAsync).RequireAuthorization(Policies.ReadVirtualSchool)
            .WithName("GetSchoolFeedStatus")
            .WithSummary("The last file that carried a school's marks, when it came, and its rows accepted and refused")
            .ProducesValidationProblem();

        return group;
    }

    private static async Task<Results<Created<AttendanceFileReport>, Ok<AttendanceFileReport>, ProblemHttpResult>> UploadAsync(
        HttpContext http, AttendanceImport import, IAuditTrail audit, CancellationToken ct, string? fileName = null, string? source = null)
    {
        if (!IsUtf8Csv(http.Request.ContentType))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type",
                detail: "A feed is sent as text/csv in UTF-8 (Content-Type: text/csv).");
        }
        var errors = new FieldErrors();
        string? name = errors.Optional("fileName", fileName, maxLength: 200);
        string? sentSource = errors.Optional("source", source, maxLength: FeedRowValidator.MaxSourceLength);
        errors.ThrowIfAny();

        // The CSV reader reads the body as it arrives, a buffer at a time, on this request's thread.
        if (http.Features.Get<IHttpBodyControlFeature>() is { } bodyControl)
        {
            bodyControl.AllowSynchronousIO = true;
        }
        var outcome = await import.ImportAsync(http.Request.Body, FeedSender.Of(http.User, sentSource, name), null, ct);
        await audit.RecordAsync(new AuditEntry("POST " + FilesRoute, "attendance-file", null, outcome.Report.FileId.ToString()), ct);
        return outcome.AlreadyReceived
            ? TypedResults.Ok(outcome.Report)
            : TypedResults.Created($"{FilesRoute}/{outcome.Report.FileId}", outcome.Report);
    }

    private static async Task<Results<Ok<AttendanceFileReport>, NotFound>> FileAsync(
        Guid fileId, AttendanceImport import, ClaimsPrincipal user, CancellationToken ct) =>
        await import.ReportAsync(fileId, ct) is { } report && MaySee(user, report) ? TypedResults.Ok(report) : TypedResults.NotFound();

    private static async Task<Results<Ok<Page<FeedRejection>>, NotFound>> RejectionsAsync(
        Guid fileId, AttendanceImport import, ListFeedRejectionsHandler rejections, ClaimsPrincipal user, CancellationToken ct,
        int page = 1, int pageSize = 100)
    {
        if (await import.ReportAsync(fileId, ct) is not { } report || !MaySee(user, report))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await rejections.HandleAsync(fileId, page, pageSize, ct));
    }

    private static async Task<Ok<FeedStatus>> FeedStatusAsync(string urn, GetFeedStatusHandler status, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!SchoolDetails.IsUrn(urn))
        {
            errors.Add("urn", "must be a school's URN: 6 or 7 digits.");
        }
        errors.ThrowIfAny();
        return TypedResults.Ok(await status.HandleAsync(urn, ct));
    }

    /// <summary>A school sees the files it sent, nothing else.</summary>
    private static bool MaySee(ClaimsPrincipal user, AttendanceFileReport report) =>
        user.IsInRole(Roles.VirtualSchool) || (report.Urn is not null && report.Urn == user.FindFirst(PlatformClaims.Urn)?.Value);

    private static bool IsUtf8Csv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)
        && (media.Charset.Length == 0 || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
