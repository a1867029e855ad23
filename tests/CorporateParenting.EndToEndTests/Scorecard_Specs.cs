using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The Corporate Parenting Board's scorecard (docs/scorecard.md) assembled by Reporting from the five services'
/// aggregates, all six in-process over the real database and broker, each service read under the caller's own token: a
/// small cohort entered through Placements, its figures against hand-computed values, suppression at a threshold of 2,
/// and who may read it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class Scorecard_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private const string AsAt = "2026-11-30";
    private const string Route = "/api/reporting/scorecard";
    private static readonly Metadata CaseSystem = TestTokens.GrpcAs(Roles.CaseSystem);

    private InProcessPlatform _platform = null!;
    private Placements.V1.Placements.PlacementsClient _placements = null!;

    public async Task InitializeAsync()
    {
        // 2,000 children in the area, so 4 looked after is 20 per 10,000.
        _platform = await InProcessPlatform.StartAsync(fixture,
            new Dictionary<string, string?> { ["Authority:ChildPopulation"] = "2000" },
            new Dictionary<string, string?>
            {
                ["Reporting:Scorecard:SmallNumberThreshold"] = "2",
                ["Reporting:Scorecard:Targets:placed_outside_our_area"] = "40",
                ["Reporting:Scorecard:Targets:placed_in_foster_care"] = "70",
                ["Reporting:Scorecard:StatisticalNeighbours:placed_in_foster_care"] = "71.5",
            });
        _placements = new(_platform.Placements.CreateGrpcChannel());
    }

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private async Task<string> EnterAsync(string reference, string on, string type, string authority)
    {
        var entered = await _placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}", CaseReference = reference, GivenName = "Sol", FamilyName = "Card",
            DateOfBirth = "2014-09-09", Sex = "M", EnteredCareOn = on, LegalStatus = "C1", CategoryOfNeed = "N1",
            PlacementType = type, PlacementProvider = type == "K2" ? "PR2" : "PR1", ProviderUrn = "SC000001", PlacementPostcode = "DE22 3BB",
            PlacementAuthorityCode = authority,
        }, CaseSystem);
        return entered.ChildId;
    }

    /// <summary>
    /// Two fostered in our area since January 2024 (so in the OC2 year 2025-26); two in children's homes in Birmingham
    /// since May 2026; one fostered from June to September 2026; one who left care in December 2025, before the period.
    /// As at 30 November 2026, from 1 April 2026: 4 looked after, 3 entries, 1 exit.
    /// </summary>
    private async Task RecordCohortAsync()
    {
        await EnterAsync("SC-A1", "2024-01-10", "U6", "E06000015");
        await EnterAsync("SC-A2", "2024-01-10", "U6", "E06000015");
        await EnterAsync("SC-B1", "2026-05-01", "K2", "E08000025");
        await EnterAsync("SC-B2", "2026-05-01", "K2", "E08000025");
        var c = await EnterAsync("SC-C", "2026-06-01", "U1", "E06000015");
        await _placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = "end-c", ChildId = c, EndedOn = "2026-09-01", ReasonCeased = "E4A" }, CaseSystem);
        var d = await EnterAsync("SC-D", "2025-02-01", "U4", "E06000015");
        await _placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = "end-d", ChildId = d, EndedOn = "2025-12-01", ReasonCeased = "E4A" }, CaseSystem);
    }

    private static Dictionary<string, JsonElement> Figures(JsonElement scorecard) =>
        scorecard.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);

    private static string Value(Dictionary<string, JsonElement> figures, string key) => figures[key].GetProperty("value").GetString()!;

    [Fact]
    public async Task The_board_sees_each_figure_as_hand_computed_beside_its_target_national_and_neighbours_figure_small_counts_as_c()
    {
        await RecordCohortAsync();
        using var board = _platform.Reporting.CreateClient(TestTokens.For(Roles.Board));

        // Health learns the children from Placements' events: wait until its OC2 cohort (A1 and A2) is counted.
        var scorecard = await Eventually.ReturnsAsync(() => board.GetFromJsonAsync<JsonElement>($"{Route}?asAt={AsAt}&months=2"),
            s => Figures(s)["health_assessments"].GetProperty("outOf").GetString() == "2", "Health to count its OC2 cohort");
        var figures = Figures(scorecard);

        Assert.Equal((AsAt, 2), (scorecard.GetProperty("asAt").GetString(), scorecard.GetProperty("smallNumberThreshold").GetInt32()));
        Assert.Equal(["4", "20", "3", "c"], new[] { "looked_after", "rate_per_10000", "entries", "exits" }.Select(k => Value(figures, k)));
        Assert.Equal(["50%", "50%", "0%", "0%", "0%", "0%"], new[]
        {
            "placed_in_foster_care", "placed_in_childrens_homes", "placed_in_supported_accommodation", "placed_with_parents",
            "placed_for_adoption", "placed_in_other_types",
        }.Select(k => Value(figures, k)));
        var outside = figures["placed_outside_our_area"];
        Assert.Equal(("50%", "4", 40m, false), (outside.GetProperty("value").GetString(), outside.GetProperty("outOf").GetString(),
            outside.GetProperty("target").GetDecimal(), outside.GetProperty("meetsTarget").GetBoolean()));
        var foster = figures["placed_in_foster_care"];
        Assert.Equal((67m, 71.5m, JsonValueKind.Null), (foster.GetProperty("national").GetDecimal(),
            foster.GetProperty("statisticalNeighbours").GetDecimal(), foster.GetProperty("meetsTarget").ValueKind)); // the mix has no better direction
        Assert.Equal(("0%", "2"), (Value(figures, "health_assessments"), figures["health_assessments"].GetProperty("outOf").GetString()));
        Assert.Equal("z", Value(figures, "care_leavers_19_21_in_touch")); // no care leavers: nothing to count
        Assert.Equal(92m, figures["care_leavers_19_21_in_touch"].GetProperty("national").GetDecimal());
        Assert.Equal("0", Value(figures, "suspended_pupils"));
        Assert.True(figures.ContainsKey("notices_sent_on_time"));
        Assert.Equal(["Children looked after", "Stability", "Health", "Education", "Care leavers", "Out-of-area notifications"],
            scorecard.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("section").GetString()!).ToArray());

        var lookedAfter = scorecard.GetProperty("trends").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "looked_after");
        Assert.Equal([("2026-10-31", "4"), ("2026-11-30", "4")],
            lookedAfter.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("asAt").GetString(), p.GetProperty("value").GetString())).ToArray());
        var entries = scorecard.GetProperty("trends").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "entries");
        Assert.Equal(["3", "3"], entries.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetString()!).ToArray());
        Assert.Equal(("count", "percent"), (figures["looked_after"].GetProperty("unit").GetString(), outside.GetProperty("unit").GetString()));

        // The same figures as the Board's CSV: a row per figure, then a row per trend point, each as shown.
        using var csv = await board.GetAsync($"{Route}.csv?asAt={AsAt}&months=2");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ROW,SECTION,MEASURE,AS_AT,VALUE,UNIT,OUT_OF,TARGET,MEETS_TARGET,NATIONAL,NATIONAL_SOURCE,STATISTICAL_NEIGHBOURS", lines[0]);
        Assert.Contains("figure,Children looked after,Children looked after,2026-11-30,4,count,,,,,,", lines);
        Assert.Contains("figure,Children looked after,Placed outside our area,2026-11-30,50%,percent,4,40,no,,,", lines);
        Assert.Contains("trend,Children looked after,Children looked after,2026-10-31,4,count,,,,,,", lines);
        Assert.Equal(figures.Count, lines.Count(l => l.StartsWith("figure,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_board_the_performance_team_and_staff_may_read_it_others_may_not_and_bad_input_names_the_field()
    {
        foreach (var role in new[] { Roles.Board, Roles.Performance, Roles.Placements })
        {
            using var reader = _platform.Reporting.CreateClient(TestTokens.For(role));
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"{Route}?asAt={AsAt}&months=0")).StatusCode);
        }
        foreach (var role in new[] { Roles.CaseSystem, Roles.Partner, Roles.School })
        {
            using var other = _platform.Reporting.CreateClient(TestTokens.For(role));
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(Route)).StatusCode);
        }
        using var anonymous = _platform.Reporting.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Route)).StatusCode);

        using var board = _platform.Reporting.CreateClient(TestTokens.For(Roles.Board));
        foreach (var (query, field) in new[]
        {
            ("asAt=2026-13-01", "asAt"), ("asAt=2099-01-01", "asAt"), ("months=25", "months"), ("months=-1", "months"),
            ($"asAt={AsAt}&periodStart=2026-12-01", "periodStart"),
        })
        {
            var refused = await board.GetAsync($"{Route}?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }
}
