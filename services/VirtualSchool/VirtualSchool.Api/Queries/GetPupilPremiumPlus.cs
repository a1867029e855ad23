using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Errors;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Queries;

/// <summary>A year's totals for the Board: exact for the Virtual School, the eligible count suppressed below the threshold for everyone else.</summary>
public sealed record PupilPremiumPlusYearView(
    string FinancialYear, decimal RatePerChild, decimal RetainedPerChild, decimal PupilBudget, string EligiblePupils,
    decimal Grant, decimal Retained, decimal RetainedSpent, decimal Allocated, decimal ClawedBack, decimal Paid,
    decimal Unallocated, decimal Outstanding, decimal RetainedUnspent, decimal ReturnedToDfE, decimal Unspent, bool IsClosed);

/// <summary>A year as opened (rates, eligible pupils) and its ledger's totals.</summary>
public sealed record PupilPremiumPlusYearTotals(PupilPremiumPlusYearRow Year, YearStatement Totals, bool IsClosed);

public sealed record PupilPremiumPlusSchoolView(string Urn, decimal Allocated, decimal Paid, decimal Outstanding, int Pupils, IReadOnlyList<Guid> TargetIds);

public sealed record PupilPremiumPlusAllocationView(
    Guid AllocationId, string Urn, IReadOnlyList<Guid> TargetIds, Guid? ReallocatedFrom, decimal Allocated, decimal Paid, decimal Outstanding);

public sealed record PupilPremiumPlusPupilView(
    Guid PupilId, string FinancialYear, decimal Budget, decimal Allocated, decimal Paid, decimal Outstanding, decimal Remaining,
    IReadOnlyList<PupilPremiumPlusAllocationView> Allocations, IReadOnlyList<PepTargetView> LinkedTargets);

/// <summary>The reports of docs/virtual-school.md §10.7, worked out from the year's postings.</summary>
public sealed class GetPupilPremiumPlusHandler(PupilPremiumPlusBook book, VirtualSchoolDbContext db)
{
    public async Task<PupilPremiumPlusYearView> YearAsync(FinancialYear year, int? smallNumberThreshold, CancellationToken cancellationToken)
    {
        var (row, totals, isClosed) = await TotalsAsync(year, cancellationToken) ?? throw new NotFoundException("Pupil Premium Plus year", year.Name);
        return new PupilPremiumPlusYearView(
            row.FinancialYear, Pounds(row.RatePence), Pounds(row.RetainedPerChildPence), Pounds(row.DefaultPupilBudgetPence),
            smallNumberThreshold is { } threshold ? SmallNumbers.Show(row.EligiblePupils, threshold) : $"{row.EligiblePupils}",
            totals.Grant.Pounds, totals.Retained.Pounds, totals.RetainedSpent.Pounds, totals.Allocated.Pounds, totals.ClawedBack.Pounds,
            totals.Paid.Pounds, totals.Unallocated.Pounds, totals.Outstanding.Pounds, totals.RetainedUnspent.Pounds, totals.ReturnedToDfE.Pounds,
            totals.Unspent.Pounds, isClosed);
    }

    /// <summary>The year's totals, exact, shared by the REST year view and virtualschool.v1 <c>GetMeasures</c>; null when the year has not been opened.</summary>
    public async Task<PupilPremiumPlusYearTotals?> TotalsAsync(FinancialYear year, CancellationToken cancellationToken) =>
        await book.FindAsync(year, cancellationToken) is { } found
            ? new PupilPremiumPlusYearTotals(found.Year, PupilPremiumPlusReports.YearTotals(found.Ledger.Postings), found.Ledger.IsClosed)
            : null;

    public async Task<IReadOnlyList<PupilPremiumPlusSchoolView>> SchoolsAsync(FinancialYear year, CancellationToken cancellationToken) =>
        [.. PupilPremiumPlusReports.BySchool(await book.PostingsAsync(year, cancellationToken))
            .Select(s => new PupilPremiumPlusSchoolView(s.Urn, s.Allocated.Pounds, s.Paid.Pounds, s.Outstanding.Pounds, s.PupilIds.Count, s.TargetIds))];

    public async Task<PupilPremiumPlusPupilView> PupilAsync(FinancialYear year, Guid pupilId, CancellationToken cancellationToken)
    {
        var (_, ledger) = await book.LoadAsync(year, cancellationToken);
        var pupil = PupilPremiumPlusReports.ByPupil(ledger.Postings, ledger.DefaultPupilBudget).SingleOrDefault(p => p.PupilId == pupilId);
        var allocations = PupilPremiumPlusReports.ByAllocation(ledger.Postings).Where(a => a.Allocation.PupilId == pupilId)
            .Select(a => new PupilPremiumPlusAllocationView(a.Allocation.Id, a.Allocation.Urn, a.Allocation.TargetIds, a.Allocation.ReallocatedFrom,
                a.Allocated.Pounds, a.Paid.Pounds, a.Outstanding.Pounds))
            .ToList();
        var targets = await PupilPepTargets.OfAsync(db, pupilId, cancellationToken);
        IReadOnlyList<PepTargetView> linked = [.. allocations.SelectMany(a => a.TargetIds).Distinct()
            .Select(id => targets.GetValueOrDefault(id)).OfType<PepTargetView>().OrderBy(t => t.PepDueOn)];
        var budget = ledger.BudgetOf(pupilId);
        return pupil is null
            ? new PupilPremiumPlusPupilView(pupilId, year.Name, budget.Pounds, 0, 0, 0, budget.Pounds, allocations, linked)
            : new PupilPremiumPlusPupilView(pupilId, year.Name, pupil.Budget.Pounds, pupil.Allocated.Pounds, pupil.Paid.Pounds,
                pupil.Outstanding.Pounds, pupil.Remaining.Pounds, allocations, linked);
    }

    private static decimal Pounds(long pence) => new Money(pence).Pounds;
}
