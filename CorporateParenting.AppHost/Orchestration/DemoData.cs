using CorporateParenting.AppHost.Model;
using CorporateParenting.Placements.V1;
using Grpc.Core;
using CorporateParenting.ServiceDefaults.Security;
using Grpc.Net.Client;

namespace CorporateParenting.AppHost.Orchestration;

/// <summary>
/// Demo children recorded through Placements' public gRPC API exactly as a case system would. Fixed client
/// request ids make a restart a no-op: the service returns the first result and changes nothing.
/// </summary>
public static class DemoData
{
    private static readonly (string Given, string Family, string Born, string Sex, string Entered, string Ls, string Cin, string Place, string Area)[] Children =
    [
        ("Amelia", "Hart", "2014-03-02", "F", "2026-10-12", "C2", "N1", "U6", "E06000015"),
        ("Noah", "Bennett", "2019-07-19", "M", "2026-10-26", "C1", "N1", "U4", "E06000015"),
        ("Isla", "Moran", "2011-11-30", "F", "2026-09-07", "V2", "N4", "U3", "E10000007"),
        ("Leo", "Fraser", "2009-05-14", "M", "2026-11-02", "C2", "N5", "K2", "E10000007"),
        ("Ava", "Khan", "2022-01-08", "F", "2026-11-09", "C1", "N1", "U5", "E06000015"),
        ("Oscar", "Price", "2016-02-29", "M", "2026-08-24", "V2", "N2", "R1", "E06000015"),
        ("Mia", "Dunn", "2013-12-24", "F", "2026-10-01", "C2", "N1", "U6", "E06000018"),
        ("Theo", "Walsh", "2024-06-03", "M", "2026-11-16", "L2", "N1", "U6", "E06000015"),
    ];

    private const string OurAuthority = "E06000015";

    public static async Task LoadAsync(ProjectResource placements, string signingKey, ResourceLog log, CancellationToken cancellationToken)
    {
        var token = DevelopmentTokens.Create(signingKey, "apphost-demo-data", [Roles.CaseSystem]);
        var headers = new Metadata { { "Authorization", $"Bearer {token}" } };
        using var channel = GrpcChannel.ForAddress(placements.GrpcEndpoint!.Url);
        var client = new Placements.V1.Placements.PlacementsClient(channel);
        var recorded = 0;
        for (var i = 0; i < Children.Length; i++)
        {
            var c = Children[i];
            try
            {
                await client.RecordEntryToCareAsync(new RecordEntryToCareRequest
                {
                    ClientRequestId = $"demo-entry-{i + 1:D4}",
                    CaseReference = $"DEMO{i + 1:D4}",
                    GivenName = c.Given,
                    FamilyName = c.Family,
                    DateOfBirth = c.Born,
                    Sex = c.Sex,
                    EnteredCareOn = c.Entered,
                    LegalStatus = c.Ls,
                    CategoryOfNeed = c.Cin,
                    PlacementType = c.Place,
                    PlacementAuthorityCode = c.Area,
                    // Our own provision inside our area (rule 1015); private provision elsewhere.
                    PlacementProvider = c.Area == OurAuthority ? "PR1" : "PR4",
                }, headers, cancellationToken: cancellationToken);
                recorded++;
            }
            catch (RpcException exception)
            {
                log.Info($"Demo child DEMO{i + 1:D4} not recorded: {exception.Status.Detail}");
            }
        }
        log.Info($"Demo data: {recorded} of {Children.Length} children recorded in Placements (repeat runs change nothing).");
    }
}
