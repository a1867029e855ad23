namespace CorporateParenting.Audit;

/// <summary>The outcome of recomputing the chain.</summary>
/// <param name="IsIntact">Every chained row's hash matches its content and links to the row before it.</param>
/// <param name="RowsChecked">Chained rows read, including the first broken one.</param>
/// <param name="FirstBrokenId">The id of the first row that fails, or <see langword="null"/> when intact.</param>
/// <param name="Problem">What is wrong with that row.</param>
/// <param name="AwaitingChain">Rows recorded too recently to have been chained; checked once they are.</param>
public sealed record AuditVerification(bool IsIntact, long RowsChecked, long? FirstBrokenId, string? Problem, long AwaitingChain = 0);
