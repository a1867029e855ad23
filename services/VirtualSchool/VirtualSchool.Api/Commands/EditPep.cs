using CorporateParenting.ServiceDefaults.Security;
using System.Globalization;
using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Validation;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// A SMART target as sent: the id of a target this PEP already has (left out for a new one), what, who, by when
/// (yyyy-MM-dd), funding requested in pounds.
/// </summary>
public sealed record PepTargetRequest(string? Id, string? What, string? Who, string? ByWhen, decimal? FundingRequested);

/// <summary>What a PEP says, as sent: section texts by name, the meeting's date, who attended, the targets.</summary>
public sealed record PepContentRequest(
    Dictionary<string, string?>? Sections, string? MeetingOn, List<string?>? Attendees, List<PepTargetRequest?>? Targets);

/// <summary>PUT /api/virtual-school/peps/{id}: the whole content, with the version it was read at.</summary>
public sealed record EditPepRequest(int? Version, PepContentRequest? Content);

/// <summary>A validated edit. A draft may be incomplete; what makes it submittable is checked on submission (§9.5).</summary>
public sealed record EditPep(Guid PepId, int Version, PepContentDocument Content)
{
    public const int LongestSection = 20000;

    public static EditPep Validate(Guid pepId, EditPepRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        if (request.Version is null)
        {
            errors.Add("version", "is required: send the version you read, so a concurrent change is not overwritten.");
        }

        if (request.Content is not { } content)
        {
            errors.Add("content", "is required.");
            errors.ThrowIfAny();
            return null!;
        }

        var sections = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, text) in content.Sections ?? [])
        {
            var field = $"content.sections.{name}";
            if (!PepContentDocument.WrittenSections.ContainsKey(name))
            {
                errors.Add(field, $"is not a PEP section; the sections are {string.Join(", ", PepContentDocument.WrittenSections.Keys)}.");
                continue;
            }

            sections[name] = errors.Optional(field, text, LongestSection, TextKind.Paragraphs);
        }

        var meetingOn = errors.OptionalDate("content.meetingOn", content.MeetingOn, DateKind.Event, today);
        var attendees = new List<string>();
        foreach (var (attendee, i) in (content.Attendees ?? []).Select((a, i) => (a, i)))
        {
            attendees.Add(errors.Required($"content.attendees[{i}]", attendee, maxLength: 200));
        }

        var targets = new List<PepTargetDocument>();
        foreach (var (target, i) in (content.Targets ?? []).Select((t, i) => (t, i)))
        {
            var field = $"content.targets[{i}]";
            if (target is null)
            {
                errors.Add(field, "is required: remove the empty target.");
                continue;
            }

            var funding = target.FundingRequested ?? 0m;
            if (funding < 0 || decimal.Round(funding, 2) != funding || funding > 100_000m)
            {
                errors.Add($"{field}.fundingRequested", $"must be pounds and pence from 0 to 100000; {funding.ToString(CultureInfo.InvariantCulture)} was sent.");
            }

            Guid? id = string.IsNullOrWhiteSpace(target.Id) ? null : errors.RequiredGuid($"{field}.id", target.Id);
            if (id is { } given && targets.Any(t => t.Id == given))
            {
                errors.Add($"{field}.id", "is sent twice: each target appears once.");
            }

            targets.Add(new PepTargetDocument(
                id,
                errors.Optional($"{field}.what", target.What, 2000, TextKind.Paragraphs),
                errors.Optional($"{field}.who", target.Who, 200),
                errors.OptionalDate($"{field}.byWhen", target.ByWhen, DateKind.Event, today),
                funding));
        }

        errors.ThrowIfAny();
        return new EditPep(pepId, request.Version!.Value, new PepContentDocument(sections, meetingOn, attendees, targets));
    }
}

/// <summary>
/// Replaces a Draft or Returned PEP's content (<see cref="PepWorkflow.Edit"/>): a stale version is a 409, a completed or
/// closed PEP a 422 saying it is read-only. A blank attendance section is written by the service from the marks it holds
/// (<see cref="PepAttendanceSection"/>). The change and the content it leaves are kept in the history.
/// </summary>
public sealed class EditPepHandler(
    VirtualSchoolDbContext db, PepRegister register, PepAttendanceSection attendance, GetPepHandler views, TimeProvider clock)
{
    private const string AttendanceSection = "attendance";

    public async Task<PepDetails> HandleAsync(EditPep command, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var pep = await PepAccess.FindAsync(db, command.PepId, caller, today, ct);
        PepAccess.CheckVersion(pep, command.Version);
        PepWorkflow.Edit(PepCodes.Status(pep.Status));

        var content = WithTargetIds(command.Content, PepContentJson.Read(pep.Content));
        if (string.IsNullOrWhiteSpace(content.Sections?.GetValueOrDefault(AttendanceSection))
            && await attendance.WriteAsync(pep.PupilId, today, ct) is { } written)
        {
            content = content with { Sections = new Dictionary<string, string?>(content.Sections ?? new Dictionary<string, string?>()) { [AttendanceSection] = written } };
        }

        pep.Content = PepContentJson.Write(content);
        register.Record(db, pep, "edited", PlatformClaims.SubjectOf(caller));
        await PepAccess.SaveAsync(db, ct);
        return await views.ViewAsync(pep, today, ct);
    }

    /// <summary>
    /// A target sent with an id must be one this PEP already has (an allocation may name it); one sent without gets a new
    /// id. A target left out is gone from the PEP, though the history keeps it.
    /// </summary>
    private static PepContentDocument WithTargetIds(PepContentDocument sent, PepContentDocument stored)
    {
        var known = (stored.Targets ?? []).Select(t => t.Id).OfType<Guid>().ToHashSet();
        var errors = new FieldErrors();
        var targets = (sent.Targets ?? []).Select((target, i) =>
        {
            if (target.Id is { } id && !known.Contains(id))
            {
                errors.Add($"content.targets[{i}].id", $"{id} is not a target of this PEP: leave the id out for a new target.");
            }
            return target with { Id = target.Id ?? Guid.CreateVersion7() };
        }).ToList();
        errors.ThrowIfAny();
        return sent with { Targets = targets };
    }
}
