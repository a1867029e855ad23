namespace CorporateParenting.ReadModels;

/// <summary>The rebuild a snapshot belongs to.</summary>
/// <param name="Id">The run, as <c>GET /api/admin/read-model/rebuild/{id}</c> shows it.</param>
/// <param name="StartedOn">The day the run began (by the service clock): the day the service learns of what it reads, kept when a broken run resumes.</param>
/// <param name="Trigger"><see cref="ReadModelRebuildRow.FirstStart"/> or <see cref="ReadModelRebuildRow.Admin"/>.</param>
public sealed record RebuildRun(Guid Id, DateOnly StartedOn, string Trigger);
