using System.Diagnostics;
using CorporateParenting.Placements.V1;
using Grpc.Core;
using PlacementsService = CorporateParenting.Placements.V1.Placements;

namespace Placements.Synthetic;

/// <summary>
/// Sends a cohort through the Placements public gRPC API as the case-management system would: each child's commands
/// in order, children in parallel. The child_id the server returns on entry to care is put into every later command.
/// A failed command stops that child only. Running the same cohort again changes nothing: the server answers a
/// repeated client_request_id with its first result.
/// </summary>
public sealed class CohortDriver(PlacementsService.PlacementsClient client, Metadata headers)
{
    public async Task<DriveResult> RunAsync(SyntheticCohort cohort, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var stopwatch = Stopwatch.StartNew();
        int completed = 0, sent = 0, accepted = 0;
        var failures = new System.Collections.Concurrent.ConcurrentBag<(int Index, DriveFailure Failure)>();

        await Parallel.ForEachAsync(
            cohort.Children,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (child, token) =>
            {
                string? childId = null;
                foreach (var command in child.Commands)
                {
                    Interlocked.Increment(ref sent);
                    try
                    {
                        childId = await SendAsync(command, childId, token);
                        Interlocked.Increment(ref accepted);
                    }
                    catch (RpcException exception) when (exception.StatusCode != StatusCode.Cancelled || !token.IsCancellationRequested)
                    {
                        failures.Add((child.Index, new DriveFailure(
                            child.CaseReference, command.ClientRequestId, command.Kind, exception.StatusCode, exception.Status.Detail)));
                        return;
                    }
                }

                Interlocked.Increment(ref completed);
            });

        return new DriveResult(
            cohort.Children.Count, completed, sent, accepted,
            failures.OrderBy(f => f.Index).Select(f => f.Failure).ToList(), stopwatch.Elapsed);
    }

    /// <returns>The child id to use for the child's later commands.</returns>
    private async Task<string> SendAsync(CaseSystemCommand command, string? childId, CancellationToken token)
    {
        if (command.Kind != CommandKind.EntryToCare && childId is null)
        {
            throw new InvalidOperationException($"{command.ClientRequestId}: a {command.Kind} before the child's entry to care.");
        }

        var request = command.WithChildId(childId ?? string.Empty);
        return request switch
        {
            RecordEntryToCareRequest r => (await client.RecordEntryToCareAsync(r, headers, cancellationToken: token)).ChildId,
            RecordPlacementChangeRequest r => (await client.RecordPlacementChangeAsync(r, headers, cancellationToken: token)).ChildId,
            RecordLegalStatusChangeRequest r => (await client.RecordLegalStatusChangeAsync(r, headers, cancellationToken: token)).ChildId,
            RecordCareEndedRequest r => (await client.RecordCareEndedAsync(r, headers, cancellationToken: token)).ChildId,
            AllocateSocialWorkerRequest r => (await client.AllocateSocialWorkerAsync(r, headers, cancellationToken: token)).ChildId,
            _ => throw new InvalidOperationException($"Unexpected request {request.Descriptor.FullName}."),
        };
    }
}
