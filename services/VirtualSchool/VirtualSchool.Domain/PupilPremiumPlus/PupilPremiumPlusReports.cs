namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// Reports over one year's ledger postings, in posting order (docs/virtual-school.md §10.7): per allocation, per school,
/// per pupil and the year's totals. They read the postings only, so the service can run them over what it stored.
/// </summary>
public static class PupilPremiumPlusReports
{
    public static IReadOnlyList<AllocationStatement> ByAllocation(IEnumerable<LedgerPosting> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var statements = new Dictionary<Guid, AllocationStatement>();
        foreach (LedgerPosting posting in postings)
        {
            if (posting.Allocation is { } allocation)
            {
                statements[allocation.Id] = new AllocationStatement(allocation, Money.Zero, Money.Zero, Money.Zero);
            }

            foreach (PostingLine line in posting.Lines)
            {
                if (line.Account.AllocationId is not { } id || !statements.TryGetValue(id, out AllocationStatement? s))
                {
                    continue;
                }

                statements[id] = (posting.Kind, line.Account.Kind) switch
                {
                    (PostingKind.Payment, LedgerAccountKind.Paid) => s with { Paid = s.Paid + line.Debit },
                    (PostingKind.YearEndReturn, _) => s with { ReturnedToDfE = s.ReturnedToDfE + line.Credit },
                    (PostingKind.Allocation or PostingKind.Reallocation or PostingKind.ClawBack, LedgerAccountKind.Allocated) =>
                        s with { Allocated = s.Allocated + line.Change },
                    _ => s,
                };
            }
        }

        return [.. statements.Values];
    }

    public static IReadOnlyList<SchoolStatement> BySchool(IEnumerable<LedgerPosting> postings) =>
    [
        .. ByAllocation(postings)
            .GroupBy(s => s.Allocation.Urn, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SchoolStatement(
                g.Key,
                Sum(g, s => s.Allocated),
                Sum(g, s => s.Paid),
                Sum(g, s => s.Outstanding),
                [.. g.Select(s => s.Allocation.PupilId).Distinct()],
                [.. g.SelectMany(s => s.Allocation.TargetIds).Distinct()])),
    ];

    /// <param name="postings">The year's postings.</param>
    /// <param name="defaultPupilBudget">The budget of a pupil the VSH has not set one for (the ledger's).</param>
    public static IReadOnlyList<PupilStatement> ByPupil(IEnumerable<LedgerPosting> postings, Money defaultPupilBudget)
    {
        var list = postings.ToList();
        var budgets = new Dictionary<Guid, Money>();
        foreach (PupilBudget budget in list.Select(p => p.PupilBudget).OfType<PupilBudget>())
        {
            budgets[budget.PupilId] = budget.Amount;
        }

        var byPupil = ByAllocation(list).ToLookup(s => s.Allocation.PupilId);
        return
        [
            .. byPupil.Select(g => g.Key).Union(budgets.Keys).Order().Select(pupilId => new PupilStatement(
                pupilId,
                budgets.TryGetValue(pupilId, out Money budget) ? budget : defaultPupilBudget,
                Sum(byPupil[pupilId], s => s.Allocated),
                Sum(byPupil[pupilId], s => s.Paid),
                Sum(byPupil[pupilId], s => s.Outstanding),
                [.. byPupil[pupilId].Select(s => s.Allocation.Urn).Distinct()],
                [.. byPupil[pupilId].SelectMany(s => s.Allocation.TargetIds).Distinct()])),
        ];
    }

    public static YearStatement YearTotals(IEnumerable<LedgerPosting> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var balances = new Dictionary<LedgerAccountKind, Money>();
        var moved = new Dictionary<PostingKind, Money>();
        foreach (LedgerPosting posting in postings)
        {
            moved[posting.Kind] = moved.GetValueOrDefault(posting.Kind) + posting.Amount;
            foreach (PostingLine line in posting.Lines)
            {
                balances[line.Account.Kind] = balances.GetValueOrDefault(line.Account.Kind) + line.Change;
            }
        }

        return new YearStatement(
            Grant: moved.GetValueOrDefault(PostingKind.GrantReceived),
            Retained: moved.GetValueOrDefault(PostingKind.RetainedShare),
            RetainedSpent: moved.GetValueOrDefault(PostingKind.RetainedSpend),
            Allocated: moved.GetValueOrDefault(PostingKind.Allocation),
            ClawedBack: moved.GetValueOrDefault(PostingKind.ClawBack),
            Paid: moved.GetValueOrDefault(PostingKind.Payment),
            Unallocated: balances.GetValueOrDefault(LedgerAccountKind.Unallocated),
            Outstanding: balances.GetValueOrDefault(LedgerAccountKind.Allocated),
            RetainedUnspent: balances.GetValueOrDefault(LedgerAccountKind.Retained),
            ReturnedToDfE: balances.GetValueOrDefault(LedgerAccountKind.ReturnedToDfE));
    }

    /// <summary>
    /// What <paramref name="pupilId"/> was paid at any school in postings made from <paramref name="from"/> to
    /// <paramref name="to"/> (both included, by the date of <see cref="LedgerAudit.At"/> as recorded): for a term, what
    /// <see cref="ReleaseRequest.AlreadyReleasedThisTerm"/> needs.
    /// </summary>
    public static Money PaidToPupilBetween(IEnumerable<LedgerPosting> postings, Guid pupilId, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var pupilAllocations = new HashSet<Guid>();
        Money paid = Money.Zero;
        foreach (LedgerPosting posting in postings)
        {
            if (posting.Allocation is { } allocation && allocation.PupilId == pupilId)
            {
                pupilAllocations.Add(allocation.Id);
            }

            var on = DateOnly.FromDateTime(posting.Audit.At.DateTime);
            if (posting.Kind == PostingKind.Payment && on >= from && on <= to
                && posting.Lines.Any(l => l.Account.Kind == LedgerAccountKind.Paid && pupilAllocations.Contains(l.Account.AllocationId!.Value)))
            {
                paid += posting.Amount;
            }
        }

        return paid;
    }

    private static Money Sum(IEnumerable<AllocationStatement> statements, Func<AllocationStatement, Money> amount) =>
        statements.Aggregate(Money.Zero, (sum, s) => sum + amount(s));
}
