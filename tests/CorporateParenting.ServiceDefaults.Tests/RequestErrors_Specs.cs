using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace CorporateParenting.ServiceDefaults.Tests;

/// <summary>
/// A service built from the defaults, in Development (where ASP.NET Core would show its developer exception page):
/// whatever the request, the answer is ProblemDetails naming the problem, never a page with a stack trace or a token.
/// </summary>
public sealed class RequestErrors_Specs : IAsyncLifetime
{
    private const string SigningKey = "request-errors-specs-signing-key-0123456789abcdef";
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private string _token = null!;

    public sealed record Notice(string? GivenName, bool? IsEmergency, int[]? Responses);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Authentication:DevelopmentSigningKey"] = SigningKey;
        builder.AddServiceDefaults();
        _app = builder.Build();
        _app.UsePlatformDefaults();
        _app.MapGet("/api/children/{childId:guid}", (Guid childId) => { throw new NotFoundException("Child", childId); })
            .RequireAuthorization(Policies.AnyPlatformRole);
        _app.MapGet("/api/bug", () => { throw new InvalidOperationException("secret internals"); }).RequireAuthorization(Policies.AnyPlatformRole);
        _app.MapPost("/api/notices", (Notice notice) => TypedResults.Ok(notice)).RequireAuthorization(Policies.AnyPlatformRole);
        _app.MapDefaultEndpoints();
        await _app.StartAsync();
        _client = _app.GetTestClient();
        _token = DevelopmentTokens.Create(SigningKey, "nurse-7", [Roles.Health]);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpRequestMessage Request(HttpMethod method, string path, string accept = "text/html", string? json = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Headers.Accept.ParseAdd(accept);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        }
        return request;
    }

    private async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpRequestMessage request)
    {
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    public async Task A_404_asked_for_as_html_or_xml_is_still_problem_details(string accept)
    {
        var (response, body) = await SendAsync(Request(HttpMethod.Get, $"/api/children/{Guid.NewGuid()}", accept));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ProblemResponses.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unexpected_failure_in_development_shows_no_stack_trace_and_never_echoes_the_token()
    {
        var (response, body) = await SendAsync(Request(HttpMethod.Get, "/api/bug"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(ProblemResponses.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret internals", body);
        Assert.DoesNotContain(" at ", body);
        Assert.DoesNotContain(_token, body);
        Assert.DoesNotContain("Bearer", body);
    }

    [Theory]
    [InlineData("/api/nowhere")]
    [InlineData("/api/children/not-a-guid")]
    public async Task A_path_no_endpoint_serves_is_404_even_without_a_token(string path)
    {
        var (response, body) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_wrong_method_is_405_naming_the_allowed_ones()
    {
        var (response, _) = await SendAsync(Request(HttpMethod.Delete, "/api/notices", "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_real_endpoint_still_denies_a_caller_without_a_token() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync($"/api/children/{Guid.NewGuid()}")).StatusCode);

    [Fact]
    public async Task An_unsupported_content_type_is_415()
    {
        var (response, _) = await SendAsync(Request(HttpMethod.Post, "/api/notices", "application/json", "givenName=Sam", "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"givenName":"Sam","isEmergency":"yes"}""", "isEmergency", "must be true or false.")]
    [InlineData("""{"givenName":"Sam","isEmergency":false,"responses":["2"]}""", "responses[0]", "must be a number.")]
    [InlineData("""{"givenName":7}""", "givenName", "must be a string.")]
    public async Task A_json_type_error_names_the_field_the_client_sent(string json, string field, string reason)
    {
        var (response, body) = await SendAsync(Request(HttpMethod.Post, "/api/notices", "application/json", json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.Equal(reason, errors.GetProperty(field)[0].GetString());
        Assert.DoesNotContain("Notice notice", body);
    }
}
