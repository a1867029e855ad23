using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Commands;

/// <summary>Pupil Premium Plus set aside for a pupil at a school, against PEP targets (docs/virtual-school.md §10.5).</summary>
public sealed record AllocatePupilPremiumPlusCommand(FinancialYear Year, Guid PupilId, string Urn, IReadOnlyList<Guid> TargetIds, Money Amount, string Why)
{
    public sealed record Body(string? PupilId, string? Urn, IReadOnlyList<string?>? TargetIds, decimal? Amount, string? Why);

    public static AllocatePupilPremiumPlusCommand From(FinancialYear year, Body body)
    {
        var errors = new FieldErrors();
        Guid pupilId = errors.RequiredGuid("pupilId", body.PupilId);
        string urn = errors.Required("urn", body.Urn, maxLength: 7, TextKind.Reference);
        if (urn.Length > 0 && !SchoolDetails.IsUrn(urn))
        {
            errors.Add("urn", "must be a school's URN: 6 or 7 digits.");
        }
        var targets = new List<Guid>();
        if (body.TargetIds is not { Count: > 0 and <= 20 } ids)
        {
            errors.Add("targetIds", "is required: the ids of the PEP targets (1 to 20) the money is for.");
        }
        else
        {
            targets.AddRange(ids.Select((id, i) => errors.RequiredGuid($"targetIds[{i}]", id)));
        }
        Money amount = PupilPremiumPlusInput.Amount(errors, body.Amount);
        string why = PupilPremiumPlusInput.Why(errors, body.Why);
        errors.ThrowIfAny();
        return new AllocatePupilPremiumPlusCommand(year, pupilId, urn, [.. targets.Distinct()], amount, why);
    }
}

/// <summary>Posts the allocation and publishes <c>PupilPremiumPlusAllocated</c> with it, through the outbox.</summary>
public sealed class AllocatePupilPremiumPlusHandler(VirtualSchoolDbContext db, PupilPremiumPlusBook book, TimeProvider clock)
{
    public async Task<PupilPremiumPlusAllocation> HandleAsync(AllocatePupilPremiumPlusCommand command, string by, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.PupilId, cancellationToken)
            ?? throw new NotFoundException("Pupil", command.PupilId);
        if (pupil.Responsibility != PupilRow.Ours)
        {
            throw new VirtualSchoolRuleViolation(
                "This child is looked after by another authority: its Pupil Premium Plus is managed by that authority's Virtual School Head.");
        }
        if (!await db.Schools.AnyAsync(s => s.Urn == command.Urn, cancellationToken))
        {
            throw new VirtualSchoolRuleViolation($"URN {command.Urn} is not a school the Virtual School has recorded: record the school first.");
        }
        await PupilPepTargets.CheckFundableAsync(db, command.PupilId, command.TargetIds, cancellationToken);

        var posting = await book.PostAsync(command.Year,
            ledger => ledger.Allocate(Guid.CreateVersion7(), command.PupilId, command.Urn, command.TargetIds, command.Amount,
                new LedgerAudit(by, clock.GetUtcNow(), command.Why)),
            (_, made) => db.AddPupilPremiumPlusAllocated(command.Year, made),
            cancellationToken);
        return posting.Allocation!;
    }
}
