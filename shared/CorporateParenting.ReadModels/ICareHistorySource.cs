namespace CorporateParenting.ReadModels;

/// <summary>Placements' register of children, read child by child in ChildId order (<c>placements.v1 StreamCareHistories</c>).</summary>
public interface ICareHistorySource
{
    /// <param name="changedSince">Only children changed after this instant; null for all.</param>
    /// <param name="afterChildId">Only children after this one (to resume); null to start from the first.</param>
    IAsyncEnumerable<CareHistorySnapshot> ReadAsync(DateTimeOffset? changedSince, Guid? afterChildId, CancellationToken cancellationToken);
}
