using CorporateParenting.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Domain.Peps;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// The one place PEPs are made due, moved and closed by events and terms (docs/virtual-school.md §9.9): it loads the
/// pupil's PEPs, asks <see cref="PepSchedule"/> or <see cref="PepClosing"/> what to do and applies the answer with its
/// history, in the caller's transaction. The caller holds the pupil's row lock (<see cref="PupilRegister"/>), so two
/// events about the same child never plan at once. Only pupils of ours get PEPs: a child placed here by another
/// authority has them from that authority's Virtual School.
/// </summary>
public sealed class PepRegister(IOptions<PepDeadlineOptions> deadlines, IOptions<PepScopeOptions> scope, TimeProvider clock)
{
    public async Task<List<PepRow>> OfPupilAsync(VirtualSchoolDbContext db, Guid pupilId, CancellationToken ct) =>
        await db.Set<PepRow>().Where(p => p.PupilId == pupilId).OrderBy(p => p.CreatedAt).ToListAsync(ct);

    /// <summary>Entry to care: the Initial PEP, superseding what an earlier period of care left open.</summary>
    public async Task<PepRow?> OnEnteredCareAsync(VirtualSchoolDbContext db, PupilRow pupil, DateOnly enteredCare, string by, CancellationToken ct)
    {
        if (!NeedsPeps(pupil))
        {
            return null;
        }

        var peps = await OfPupilAsync(db, pupil.Id, ct);
        var plan = PepSchedule.OnEnteredCare(pupil.DateOfBirth, enteredCare, Summaries(peps), scope.Value);
        return Apply(db, pupil, peps, plan, by);
    }

    /// <summary>A change of school (with the <c>SchoolChanged</c> it publishes): a new PEP meeting, or the open one moved.</summary>
    public async Task<PepRow?> OnSchoolChangedAsync(VirtualSchoolDbContext db, PupilRow pupil, DateOnly changedOn, string by, CancellationToken ct)
    {
        if (!NeedsPeps(pupil))
        {
            return null;
        }

        var peps = await OfPupilAsync(db, pupil.Id, ct);
        var plan = PepSchedule.OnSchoolChanged(pupil.DateOfBirth, changedOn, Summaries(peps), deadlines.Value, scope.Value);
        return Apply(db, pupil, peps, plan, by);
    }

    /// <summary>A term's review for a current pupil of ours, unless the term already has its PEP (§9.3).</summary>
    public async Task<PepRow?> ForTermAsync(
        VirtualSchoolDbContext db, PupilRow pupil, SchoolTerm term, TermlyReviewDeadlines reviews, string by, CancellationToken ct)
    {
        if (!NeedsPeps(pupil))
        {
            return null;
        }

        var peps = await OfPupilAsync(db, pupil.Id, ct);
        var plan = PepSchedule.ForTerm(pupil.DateOfBirth, term, reviews, Summaries(peps), scope.Value);
        return Apply(db, pupil, peps, plan, by);
    }

    /// <summary>Closes every open PEP of the pupil with the decision's reason (§9.4); returns how many closed.</summary>
    public async Task<int> CloseAsync(VirtualSchoolDbContext db, Guid pupilId, PepCloseDecision decision, string by, CancellationToken ct)
    {
        var open = (await OfPupilAsync(db, pupilId, ct)).Where(p => PepWorkflow.IsOpen(PepCodes.Status(p.Status))).ToList();
        foreach (var pep in open)
        {
            Close(db, pep, decision, by);
        }

        return open.Count;
    }

    /// <summary>The pupil's care facts on <paramref name="today"/> as <see cref="PepClosing"/> reads them.</summary>
    public static PepClosingFacts FactsOf(PupilRow pupil, DateOnly today) =>
        new(pupil.DateOfBirth, today, pupil.IsCurrent ? null : pupil.LeftCareOn, pupil.ReasonCeased, pupil.IsOutOfArea);

    /// <summary>Writes one history row for <paramref name="pep"/> as it now stands and raises its version.</summary>
    public void Record(VirtualSchoolDbContext db, PepRow pep, string action, string by, string? note = null)
    {
        var now = clock.GetUtcNow();
        pep.Version++;
        pep.UpdatedAt = now;
        pep.UpdatedBy = by;
        db.Set<PepHistoryRow>().Add(new PepHistoryRow
        {
            PepId = pep.Id, Action = action, StatusAfter = pep.Status, By = by, At = now, Version = pep.Version, Note = note, Content = pep.Content,
        });
    }

    private static bool NeedsPeps(PupilRow pupil) => pupil.Responsibility == PupilRow.Ours && pupil.IsCurrent;

    private static PepSummary[] Summaries(IEnumerable<PepRow> peps) => [.. peps.Select(PepCodes.Summary)];

    private PepRow? Apply(VirtualSchoolDbContext db, PupilRow pupil, List<PepRow> peps, PepPlan plan, string by)
    {
        var today = clock.Today();
        foreach (var id in plan.Supersede)
        {
            Close(db, peps.Single(p => p.Id == id), new PepCloseDecision(PepCloseReason.Superseded, today), by);
        }

        if (plan.Redate is { } redate)
        {
            var moved = peps.Single(p => p.Id == redate.Id);
            var from = moved.DueOn;
            moved.DueOn = redate.DueOn;
            moved.Form = PepCodes.Of(PepKinds.FormOn(pupil.DateOfBirth, redate.DueOn));
            moved.Kind = PepKinds.Code(PepKinds.Of(PepCodes.Occasion(moved.Occasion), PepCodes.Form(moved.Form)));
            Record(db, moved, "redated", by, $"due {from:yyyy-MM-dd} moved to {redate.DueOn:yyyy-MM-dd}");
        }

        if (plan.Create is not { } due)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var pep = new PepRow
        {
            Id = Guid.CreateVersion7(), PupilId = pupil.Id, Occasion = PepCodes.Of(due.Occasion), Form = PepCodes.Of(due.Form),
            Kind = PepKinds.Code(due.Kind), Status = PepCodes.Of(PepStatus.Draft), DueOn = due.DueOn, Term = due.Term,
            Content = PepContentJson.Write(PepContentDocument.Empty), CreatedBy = by, CreatedAt = now, UpdatedAt = now, Version = 0,
        };
        db.Set<PepRow>().Add(pep);
        Record(db, pep, "created", by, $"due {due.DueOn:yyyy-MM-dd}");
        return pep;
    }

    private void Close(VirtualSchoolDbContext db, PepRow pep, PepCloseDecision decision, string by)
    {
        pep.Status = PepCodes.Of(PepWorkflow.Close(PepCodes.Status(pep.Status), decision));
        pep.CloseReason = PepCodes.Of(decision.Reason);
        pep.CloseDetail = decision.Describe();
        pep.ClosedOn = decision.ClosedOn;
        pep.ClosedBy = by;
        pep.ClosedAt = clock.GetUtcNow();
        Record(db, pep, "closed", by, pep.CloseDetail);
    }
}
