namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// When PP+ allocated to a school may be paid to it (configuration; docs/virtual-school.md §10.6). Per term on request:
/// the request comes through one of the allocation's PEP targets and the pupil's total for the term, this release
/// included, is one of <see cref="AllowedTermAmounts"/> (so a term may be topped up from one band to a higher one). After
/// an adequate PEP: the pupil's latest PEP must be rated adequate.
/// </summary>
public sealed record ReleasePolicy(ReleasePolicyKind Kind, IReadOnlyList<Money> AllowedTermAmounts)
{
    /// <summary>Warwickshire's: £0, £400, £800 or £1,500 a term, on a request made through the PEP.</summary>
    public static ReleasePolicy PerTermOnRequest { get; } = new(
        ReleasePolicyKind.PerTermOnRequest,
        [Money.Zero, Money.FromPounds(400), Money.FromPounds(800), Money.FromPounds(1_500)]);

    /// <summary>The Northamptonshires': next term's money only after an adequate PEP.</summary>
    public static ReleasePolicy AfterAdequatePep { get; } = new(ReleasePolicyKind.AfterAdequatePep, []);

    public ReleaseDecision Decide(PupilPremiumPlusAllocation allocation, ReleaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentNullException.ThrowIfNull(request);

        if (!request.Amount.IsPositive)
        {
            return new ReleaseDecision($"Nothing to release: the amount must be more than £0 (asked: {request.Amount}).");
        }

        return Kind switch
        {
            ReleasePolicyKind.PerTermOnRequest => DecidePerTerm(allocation, request),
            ReleasePolicyKind.AfterAdequatePep => request.LatestPepAdequate switch
            {
                true => ReleaseDecision.Yes,
                false => new ReleaseDecision("The pupil's latest PEP is not rated adequate: PP+ is released only after an adequate PEP."),
                null => new ReleaseDecision("The pupil has no rated PEP yet: PP+ is released only after an adequate PEP."),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown release policy."),
        };
    }

    private ReleaseDecision DecidePerTerm(PupilPremiumPlusAllocation allocation, ReleaseRequest request)
    {
        if (request.PepTargetId is not { } target || !allocation.TargetIds.Contains(target))
        {
            return new ReleaseDecision("PP+ is released per term on a request made through one of the allocation's PEP targets: name the target.");
        }

        Money termTotal = request.AlreadyReleasedThisTerm + request.Amount;
        if (!AllowedTermAmounts.Contains(termTotal))
        {
            string allowed = string.Join(", ", AllowedTermAmounts.Order());
            return new ReleaseDecision(
                $"A term's release for a pupil is one of {allowed}: {request.AlreadyReleasedThisTerm} already released this term " +
                $"and {request.Amount} asked make {termTotal}.");
        }

        return ReleaseDecision.Yes;
    }
}
