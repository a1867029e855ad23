using CorporateParenting.Placements.V1;
using Google.Protobuf;

namespace Placements.Synthetic;

/// <summary>
/// One request the case-management system sends, with the date it takes effect. Every request after the
/// entry to care carries <see cref="ChildIdPlaceholder"/> as its child_id: the server issues the real id,
/// and <see cref="WithChildId"/> puts it in.
/// </summary>
public sealed record CaseSystemCommand(CommandKind Kind, DateOnly EffectiveOn, IMessage Request)
{
    public const string ChildIdPlaceholder = "{child_id}";

    public string ClientRequestId => Request switch
    {
        RecordEntryToCareRequest r => r.ClientRequestId,
        RecordPlacementChangeRequest r => r.ClientRequestId,
        RecordLegalStatusChangeRequest r => r.ClientRequestId,
        RecordCareEndedRequest r => r.ClientRequestId,
        AllocateSocialWorkerRequest r => r.ClientRequestId,
        _ => throw new InvalidOperationException($"Unexpected request {Request.Descriptor.FullName}."),
    };

    /// <summary>A copy of the request with the server's child id; the generated request is never changed.</summary>
    public IMessage WithChildId(string childId)
    {
        switch (Request)
        {
            case RecordEntryToCareRequest entry:
                return entry.Clone();
            case RecordPlacementChangeRequest r:
                var placement = r.Clone();
                placement.ChildId = childId;
                return placement;
            case RecordLegalStatusChangeRequest r:
                var legal = r.Clone();
                legal.ChildId = childId;
                return legal;
            case RecordCareEndedRequest r:
                var ended = r.Clone();
                ended.ChildId = childId;
                return ended;
            case AllocateSocialWorkerRequest r:
                var allocation = r.Clone();
                allocation.ChildId = childId;
                return allocation;
            default:
                throw new InvalidOperationException($"Unexpected request {Request.Descriptor.FullName}.");
        }
    }
}
