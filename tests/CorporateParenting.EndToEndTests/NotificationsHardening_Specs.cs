extern alias NotificationsApi;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using NotificationsEntryPoint = NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>Regression tests for Notifications' inputs that an outside probe found (tracker issue 12).</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationsHardening_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private const string Derbyshire = "E10000007";
    private ServiceFactory<NotificationsEntryPoint> _service = null!;

    public async Task InitializeAsync() =>
        _service = await ServiceFactory<NotificationsEntryPoint>.StartAsync(fixture, ResourceNames.NotificationsDb);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private HttpClient Partner() => _service.CreateClient(TestTokens.ForPartner(Derbyshire));

    private static Dictionary<string, object?> Notice(string reference) => new()
    {
        ["partnerReference"] = reference, ["givenName"] = "Ellie", ["familyName"] = "Stone", ["dateOfBirth"] = "2012-05-04", ["sex"] = "F",
        ["legalStatus"] = "C2", ["placementType"] = "U6", ["placementPostcode"] = "DE1 2AA",
        ["placementStartOn"] = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), ["isEmergency"] = false,
    };

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");

    [Theory]
    [InlineData("givenName", "Sam\u0000")]
    [InlineData("givenName", "Sam\u202Eevil")]
    [InlineData("familyName", "<script>x</script>")]
    [InlineData("dateOfBirth", "0001-01-01")]
    [InlineData("placementStartOn", "0001-01-01")]
    [InlineData("placementStartOn", "9999-12-31")]
    [InlineData("sex", "f")]
    [InlineData("isEmergency", null)]
    public async Task An_implausible_or_unsafe_notice_is_a_400_naming_the_field_and_nothing_is_stored(string field, string? value)
    {
        var notice = Notice($"HARD-{field}-{value?.Length}");
        if (value is null)
        {
            notice.Remove(field);
        }
        else
        {
            notice[field] = value;
        }

        var response = await Partner().PostAsJsonAsync("/api/partner/notifications", notice);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ErrorsOf(response)).TryGetProperty(field, out _));
        var listed = JsonDocument.Parse(await Partner().GetStringAsync("/api/partner/notifications")).RootElement;
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_json_type_error_names_the_field_not_the_parameter()
    {
        var json = JsonSerializer.Serialize(Notice("HARD-TYPE")).Replace("\"isEmergency\":false", "\"isEmergency\":\"no\"");

        var response = await Partner().PostAsync("/api/partner/notifications", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("must be true or false.", (await ErrorsOf(response)).GetProperty("isEmergency")[0].GetString());
        Assert.DoesNotContain("NotificationDetails", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/partner/notifications?page=2147483647", "partner")]
    [InlineData("/api/notifications/inbound?page=10737420&pageSize=200", "staff")]
    [InlineData("/api/notifications/inbound?placingAuthorityCode=%00", "staff")]
    [InlineData("/api/audit/records?subject=a%00b", "admin")]
    public async Task List_inputs_that_gave_500s_are_400s(string path, string caller)
    {
        var client = caller switch
        {
            "partner" => Partner(),
            "staff" => _service.CreateClient(TestTokens.For(Roles.Notifications)),
            _ => _service.CreateClient(TestTokens.For(Roles.Admin)),
        };

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Another_partners_notification_asked_for_as_html_is_a_problem_details_404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/partner/notifications/{Guid.NewGuid()}");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await Partner().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
