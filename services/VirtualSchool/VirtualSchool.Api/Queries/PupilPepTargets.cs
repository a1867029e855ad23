using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain;

namespace VirtualSchool.Api.Queries;

/// <summary>A PEP target as Pupil Premium Plus sees it: which PEP it is in and where that PEP stands, what it is for.</summary>
public sealed record PepTargetView(Guid Id, Guid PepId, string PepKind, string PepStatus, DateOnly PepDueOn, string? What, DateOnly? ByWhen, decimal FundingRequested);

/// <summary>
/// The targets of a pupil's PEPs by id (docs/virtual-school.md §10.5): what an allocation may name, and what the pupil's
/// report shows beside the money.
/// </summary>
public static class PupilPepTargets
{
    /// <summary>The statuses in which a PEP's targets are a request for funding: submitted to, or completed by, the Virtual School.</summary>
    private static readonly string[] Requesting = ["submitted", "completed"];

    public static async Task<IReadOnlyDictionary<Guid, PepTargetView>> OfAsync(VirtualSchoolDbContext db, Guid pupilId, CancellationToken cancellationToken)
    {
        var peps = await db.Set<PepRow>().AsNoTracking().Where(p => p.PupilId == pupilId)
            .Select(p => new { p.Id, p.Kind, p.Status, p.DueOn, p.Content }).ToListAsync(cancellationToken);
        return peps
            .SelectMany(p => (PepContentJson.Read(p.Content).Targets ?? [])
                .Where(t => t.Id is not null)
                .Select(t => new PepTargetView(t.Id!.Value, p.Id, p.Kind, p.Status, p.DueOn, t.What, t.ByWhen, t.FundingRequested ?? 0m)))
            .ToDictionary(t => t.Id);
    }

    /// <summary>
    /// Refuses (422, naming each) any of <paramref name="targetIds"/> that is not a target of one of the pupil's PEPs
    /// submitted to or completed by the Virtual School: money follows the needs a PEP names, not a draft's.
    /// </summary>
    public static async Task CheckFundableAsync(VirtualSchoolDbContext db, Guid pupilId, IReadOnlyList<Guid> targetIds, CancellationToken cancellationToken)
    {
        if (targetIds.Count == 0)
        {
            return;
        }
        var targets = await OfAsync(db, pupilId, cancellationToken);
        string[] problems = [.. targetIds.Select((id, i) => !targets.TryGetValue(id, out var target)
                ? $"targetIds[{i}] ({id}) is not a target of any of this pupil's PEPs"
                : !Requesting.Contains(target.PepStatus)
                    ? $"targetIds[{i}] ({id}) is in a PEP that is {target.PepStatus}: its targets can be funded once it is submitted"
                    : null)
            .OfType<string>()];
        if (problems.Length > 0)
        {
            throw new VirtualSchoolRuleViolation($"Pupil Premium Plus follows the targets of the pupil's PEPs: {string.Join("; ", problems)}.");
        }
    }
}
