namespace CorporateParenting.ReadModels;

/// <summary>
/// Requested → Running → Completed. A run that breaks stays Running (with its last error) and is taken up again after the
/// last child it applied, by whichever instance gets there, until it completes.
/// </summary>
public enum ReadModelRebuildStatus
{
    Requested,
    Running,
    Completed,
}
