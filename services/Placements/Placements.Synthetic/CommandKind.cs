namespace Placements.Synthetic;

/// <summary>Which Placements RPC a <see cref="CaseSystemCommand"/> is for.</summary>
public enum CommandKind
{
    EntryToCare,
    PlacementChange,
    LegalStatusChange,
    CareEnded,
    SocialWorkerAllocated,
}
