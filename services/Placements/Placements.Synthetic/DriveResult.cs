using Grpc.Core;

namespace Placements.Synthetic;

/// <summary>What a run sent: children attempted and completed, commands sent and accepted, and each child that failed.</summary>
public sealed record DriveResult(
    int Children,
    int ChildrenCompleted,
    int CommandsSent,
    int CommandsAccepted,
    IReadOnlyList<DriveFailure> Failures,
    TimeSpan Elapsed);

/// <summary>The command a child's run stopped at, with the server's status and detail.</summary>
public sealed record DriveFailure(
    string CaseReference,
    string ClientRequestId,
    CommandKind Kind,
    StatusCode Status,
    string Detail);
