namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// A year's PP+ totals for the Board (docs/virtual-school.md §10.7). Everything received is spent, paid or unspent:
/// <see cref="Grant"/> = <see cref="RetainedSpent"/> + <see cref="Paid"/> + <see cref="Unspent"/>.
/// </summary>
/// <param name="Grant">Received from DfE.</param>
/// <param name="Retained">Top-sliced into the retained share.</param>
/// <param name="RetainedSpent">Retained money spent.</param>
/// <param name="Allocated">Allocated to schools from the pot (reallocations between schools not counted again).</param>
/// <param name="ClawedBack">Unpaid allocations taken back into the pot.</param>
/// <param name="Paid">Released to schools.</param>
/// <param name="Unallocated">In the pot now.</param>
/// <param name="Outstanding">Allocated and not yet paid now.</param>
/// <param name="RetainedUnspent">Retained and not yet spent now.</param>
/// <param name="ReturnedToDfE">Returned at the year end.</param>
public sealed record YearStatement(
    Money Grant,
    Money Retained,
    Money RetainedSpent,
    Money Allocated,
    Money ClawedBack,
    Money Paid,
    Money Unallocated,
    Money Outstanding,
    Money RetainedUnspent,
    Money ReturnedToDfE)
{
    /// <summary>Not spent: what is to be returned (before the year end) or was returned (after it).</summary>
    public Money Unspent => Unallocated + Outstanding + RetainedUnspent + ReturnedToDfE;
}
