using System.Collections.Concurrent;
using CorporateParenting.Placements.V1;
using Google.Protobuf;
using Grpc.Core;
using Placements.Synthetic;
using PlacementsService = CorporateParenting.Placements.V1.Placements;

namespace Placements.Synthetic.Tests;

/// <summary>The driver against an in-memory call invoker (no server): child ids substituted, failures isolated.</summary>
public class CohortDriverTests
{
    [Fact]
    public async Task Sends_every_command_in_order_with_the_issued_child_id()
    {
        var cohort = CohortGenerator.Generate(new CohortOptions { Seed = 3, Children = 40 });
        var invoker = new RecordingInvoker(failOn: null);
        var driver = new CohortDriver(new PlacementsService.PlacementsClient(invoker), new Metadata { { "authorization", "Bearer test" } });

        var result = await driver.RunAsync(cohort, parallelism: 4, CancellationToken.None);

        Assert.Equal(40, result.ChildrenCompleted);
        Assert.Equal(cohort.CommandCount, result.CommandsAccepted);
        Assert.Empty(result.Failures);
        Assert.All(invoker.Headers, h => Assert.Equal("Bearer test", h.GetValue("authorization")));
        foreach (var child in cohort.Children)
        {
            var sent = invoker.Sent[child.CaseReference];
            Assert.Equal(child.Commands.Select(c => c.ClientRequestId), sent.Select(s => s.ClientRequestId));
            Assert.All(sent.Skip(1), s => Assert.Equal(RecordingInvoker.ChildIdFor(child.CaseReference), s.ChildId));
        }

        // The generated requests keep their placeholder: the cohort can be sent again unchanged.
        Assert.All(cohort.Children.SelectMany(c => c.Commands).Where(c => c.Kind != CommandKind.EntryToCare), c =>
            Assert.Contains(CaseSystemCommand.ChildIdPlaceholder, c.Request.ToString()));
    }

    [Fact]
    public async Task A_refused_command_stops_only_that_child()
    {
        var cohort = CohortGenerator.Generate(new CohortOptions { Seed = 3, Children = 20 });
        var victim = cohort.Children.First(c => c.Commands.Count >= 3);
        var refused = victim.Commands[1].ClientRequestId;
        var driver = new CohortDriver(new PlacementsService.PlacementsClient(new RecordingInvoker(refused)), new Metadata());

        var result = await driver.RunAsync(cohort, parallelism: 3, CancellationToken.None);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(victim.CaseReference, failure.CaseReference);
        Assert.Equal(refused, failure.ClientRequestId);
        Assert.Equal(StatusCode.FailedPrecondition, failure.Status);
        Assert.Equal("refused for the test", failure.Detail);
        Assert.Equal(19, result.ChildrenCompleted);
        Assert.Equal(cohort.CommandCount - victim.Commands.Count + 2, result.CommandsSent);
    }

    private sealed class RecordingInvoker(string? failOn) : CallInvoker
    {
        public ConcurrentDictionary<string, List<(string ClientRequestId, string ChildId)>> Sent { get; } = new();

        public ConcurrentBag<Metadata> Headers { get; } = [];

        private readonly ConcurrentDictionary<string, string> _caseByChild = new();

        public static string ChildIdFor(string caseReference) =>
            new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(caseReference))).ToString();

        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
            Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
        {
            Headers.Add(options.Headers ?? []);
            var message = (IMessage)request;
            string clientRequestId = (string)message.Descriptor.FindFieldByName("client_request_id").Accessor.GetValue(message);
            string childId;
            if (message is RecordEntryToCareRequest entry)
            {
                childId = ChildIdFor(entry.CaseReference);
                _caseByChild[childId] = entry.CaseReference;
            }
            else
            {
                childId = (string)message.Descriptor.FindFieldByName("child_id").Accessor.GetValue(message);
            }

            string caseReference = _caseByChild.TryGetValue(childId, out var known) ? known : "?";
            var list = Sent.GetOrAdd(caseReference, _ => []);
            lock (list)
            {
                list.Add((clientRequestId, childId));
            }

            Task<TResponse> response = clientRequestId == failOn
                ? Task.FromException<TResponse>(new RpcException(new Status(StatusCode.FailedPrecondition, "refused for the test")))
                : Task.FromResult((TResponse)(object)new CareCommandResponse { ChildId = childId, PeriodOfCareId = Guid.Empty.ToString() });
            return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        }

        public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            throw new NotSupportedException();

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
            Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
            Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
            Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();
    }
}
