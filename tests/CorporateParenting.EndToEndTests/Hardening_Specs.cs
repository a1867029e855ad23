using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CorporateParenting.Health.V1;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Regression tests for what an outside probe found (tracker issue 12): each input that once gave a 500 or gRPC
/// Unknown, or was stored although implausible, now gets a 4xx or the right gRPC status naming the problem.
/// Notifications' partner API has its own in <see cref="NotificationsHardening_Specs"/>.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class Hardening_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private static readonly Metadata CaseSystem = TestTokens.GrpcAs(Roles.CaseSystem);
    private static readonly Metadata Nurse = TestTokens.GrpcAs(Roles.Health);
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static RecordEntryToCareRequest Entry(string reference, Action<RecordEntryToCareRequest>? change = null)
    {
        var request = new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}", CaseReference = reference, GivenName = "Kai", FamilyName = "Reid",
            DateOfBirth = "2014-09-09", Sex = "M", EnteredCareOn = "2026-01-05", LegalStatus = "C1", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementAuthorityCode = "E06000015",
        };
        change?.Invoke(request);
        return request;
    }

    private static async Task<RpcException> RefusedAsync<T>(AsyncUnaryCall<T> call) => await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    private HttpClient Staff(string role)
    {
        var client = PlacementsService.CreateClient(TestTokens.For(role));
        return client;
    }

    [Theory]
    [InlineData("/api/children?page=2147483647", "page")]
    [InlineData("/api/children?page=10737420&pageSize=200", "page")]
    [InlineData("/api/audit/records?subject=a%00b", "subject")]
    [InlineData("/api/audit/records?subject=nurse-7&page=2147483647&pageSize=500", "page")]
    [InlineData("/api/children?lookedAfterOn=0001-01-01", "lookedAfterOn")]
    public async Task Placements_rest_inputs_that_gave_500s_are_400s_naming_the_field(string path, string field)
    {
        var response = await PlacementsService.CreateClient(TestTokens.For(Roles.Admin)).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("given_name")]
    [InlineData("case_reference")]
    [InlineData("client_request_id")]
    public async Task A_nul_character_in_an_entry_to_care_is_invalid_argument_naming_the_field(string field)
    {
        var request = Entry("NUL-1", r =>
        {
            switch (field)
            {
                case "given_name": r.GivenName = "Sam\u0000"; break;
                case "case_reference": r.CaseReference = "NUL\u0000"; break;
                default: r.ClientRequestId = "enter\u0000"; break;
            }
        });

        var refused = await RefusedAsync(Placements.RecordEntryToCareAsync(request, CaseSystem));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, FieldsOf(refused));
    }

    [Theory]
    [InlineData("Sam\u202Eevil")]
    [InlineData("Sa\u0007m")]
    [InlineData("\u001b[31mSam")]
    [InlineData("<b>Sam</b>")]
    public async Task Control_characters_overrides_and_markup_in_names_are_refused(string name)
    {
        var refused = await RefusedAsync(Placements.RecordEntryToCareAsync(Entry("NAME-1", r => r.GivenName = name), CaseSystem));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("given_name", FieldsOf(refused));
    }

    [Fact]
    public async Task Lower_case_codes_are_refused_as_not_published()
    {
        var refused = await RefusedAsync(Placements.RecordEntryToCareAsync(Entry("LOWER-1", r => r.LegalStatus = "c1"), CaseSystem));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("legal_status", FieldsOf(refused));
    }

    [Theory]
    [InlineData("0001-01-01", "date_of_birth")]
    [InlineData("9999-12-31", "entered_care_on")]
    public async Task Implausible_dates_at_entry_are_invalid_argument(string date, string field)
    {
        var request = Entry("DATE-1", r => { if (field == "date_of_birth") { r.DateOfBirth = date; } else { r.EnteredCareOn = date; } });

        var refused = await RefusedAsync(Placements.RecordEntryToCareAsync(request, CaseSystem));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, FieldsOf(refused));
    }

    [Theory]
    [InlineData("2010-01-01")]
    [InlineData("2099-01-01")]
    public async Task A_uasc_start_before_birth_or_in_the_future_is_invalid_argument(string uascSince)
    {
        var refused = await RefusedAsync(Placements.RecordEntryToCareAsync(Entry("UASC-1", r => r.UascSince = uascSince), CaseSystem));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("uasc_since", FieldsOf(refused));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-02")]
    [InlineData("0001-04-01")]
    public async Task Measures_as_at_an_early_date_are_invalid_argument(string asAt)
    {
        var refused = await RefusedAsync(Placements.GetMeasuresAsync(new GetMeasuresRequest { AsAt = asAt }, TestTokens.GrpcAs(Roles.Board)));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("as_at", FieldsOf(refused));
    }

    [Fact]
    public async Task A_client_request_id_reused_with_other_content_is_refused_and_the_identical_retry_returns_the_first_result()
    {
        var first = await Placements.RecordEntryToCareAsync(Entry("IDEM-1"), CaseSystem);

        var retry = await Placements.RecordEntryToCareAsync(Entry("IDEM-1"), CaseSystem);
        var reused = await RefusedAsync(Placements.RecordEntryToCareAsync(Entry("IDEM-1", r => r.GivenName = "Kim"), CaseSystem));

        Assert.Equal((first.ChildId, first.PeriodOfCareId), (retry.ChildId, retry.PeriodOfCareId));
        Assert.Equal(StatusCode.AlreadyExists, reused.StatusCode);
        Assert.Contains("enter-IDEM-1", reused.Status.Detail);
        Assert.Contains("different content", reused.Status.Detail);
        Assert.Equal("Kai", (await Placements.GetChildAsync(new GetChildRequest { ChildId = first.ChildId }, CaseSystem)).GivenName);
    }

    [Fact]
    public async Task A_placement_change_reusing_its_key_with_another_placement_is_refused()
    {
        var childId = (await Placements.RecordEntryToCareAsync(Entry("IDEM-2"), CaseSystem)).ChildId;
        RecordPlacementChangeRequest Move(string type) => new()
        {
            ClientRequestId = "move-idem-2", ChildId = childId, ChangedOn = "2026-03-02", PlacementType = type, PlacementProvider = "PR4", ProviderUrn = "SC123456",
            PlacementAuthorityCode = "E06000015", ReasonForChange = "CARPL",
        };
        await Placements.RecordPlacementChangeAsync(Move("K2"), CaseSystem);

        var reused = await RefusedAsync(Placements.RecordPlacementChangeAsync(Move("U4"), CaseSystem));

        Assert.Equal(StatusCode.AlreadyExists, reused.StatusCode);
    }

    [Theory]
    [InlineData(3000000)]
    [InlineData(2147483647)]
    public async Task A_worklist_window_too_wide_to_compute_is_refused_over_rest_and_grpc(int days)
    {
        var rest = await HealthService.CreateClient(TestTokens.For(Roles.Health)).GetAsync($"/api/worklist?dueWithinDays={days}");
        var grpc = await RefusedAsync(Health.ListWorklistAsync(new ListWorklistRequest { DueWithinDays = days }, Nurse));

        Assert.Equal(HttpStatusCode.BadRequest, rest.StatusCode);
        Assert.True(JsonDocument.Parse(await rest.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("dueWithinDays", out _));
        Assert.Equal(StatusCode.InvalidArgument, grpc.StatusCode);
    }

    [Fact]
    public async Task An_unknown_child_has_no_health_summary_over_grpc_as_over_rest()
    {
        var unknown = Guid.NewGuid().ToString();

        var grpc = await RefusedAsync(Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = unknown }, Nurse));
        var rest = await HealthService.CreateClient(TestTokens.For(Roles.Health)).GetAsync($"/api/children/{unknown}/health");

        Assert.Equal(StatusCode.NotFound, grpc.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rest.StatusCode);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_health_check_on_an_implausible_date_is_invalid_argument(string on)
    {
        var refused = await RefusedAsync(Health.RecordHealthCheckAsync(new RecordHealthCheckRequest
        {
            ClientRequestId = $"check-{on}", ChildId = Guid.NewGuid().ToString(), Kind = "DENTAL", CheckedOn = on, CheckedBy = "A. Dentist", ClinicianRole = "DENTIST",
        }, Nurse));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("checked_on", FieldsOf(refused));
    }

    [Fact]
    public async Task Health_rest_errors_name_the_json_fields_sent_and_refuse_numbers_sent_as_strings()
    {
        var client = HealthService.CreateClient(TestTokens.For(Roles.Health));
        var body = """{"clientRequestId":"sdq-str","completedOn":"01/10/2026","informant":"CARER","form":"AGES_4_TO_17","completedBy":"Carer","responses":["1"]}""";

        var stringNumbers = await client.PostAsync($"/api/children/{Guid.NewGuid()}/sdqs", new StringContent(body, Encoding.UTF8, "application/json"));
        var badDate = await client.PostAsync($"/api/children/{Guid.NewGuid()}/sdqs",
            new StringContent(body.Replace("[\"1\"]", "[1]"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, stringNumbers.StatusCode);
        Assert.True(ErrorsOf(await stringNumbers.Content.ReadAsStringAsync()).TryGetProperty("responses[0]", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True(ErrorsOf(await badDate.Content.ReadAsStringAsync()).TryGetProperty("completedOn", out _));
    }

    [Fact]
    public async Task A_404_asked_for_as_html_is_problem_details_without_the_token()
    {
        var token = TestTokens.For(Roles.Placements);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/children/{Guid.NewGuid()}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await PlacementsService.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(token, body);
    }

    [Theory]
    [InlineData("DELETE", "/api/children", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/children/not-a-guid", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/no-such-thing", HttpStatusCode.NotFound)]
    public async Task Unroutable_requests_answer_as_http_says_not_403(string method, string path, HttpStatusCode expected)
    {
        var response = await Staff(Roles.Board).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Default_deny_still_holds_for_a_real_endpoint() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await Staff(Roles.Board).GetAsync("/api/children")).StatusCode);

    private static JsonElement ErrorsOf(string body) => JsonDocument.Parse(body).RootElement.GetProperty("errors");

    private static string FieldsOf(RpcException exception) =>
        string.Join(",", exception.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Select(v => v.Field) ?? []);
}
