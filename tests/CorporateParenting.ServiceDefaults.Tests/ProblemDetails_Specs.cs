using CorporateParenting.Rules;
using System.Net;
using System.Text.Json;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace CorporateParenting.ServiceDefaults.Tests;

/// <summary>A service built from the defaults alone: every failure reaches the caller as RFC 9110 ProblemDetails.</summary>
public sealed class ProblemDetails_Specs : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Authentication:Authority"] = "https://127.0.0.1:9/";
        builder.Configuration["Authentication:Audience"] = "corporate-parenting";
        builder.AddServiceDefaults();
        _app = builder.Build();
        _app.MapGet("/validation", () => { throw new RequestValidationException(new Dictionary<string, string[]> { ["date_of_birth"] = ["must be a date in the form yyyy-MM-dd."] }); }).AllowAnonymous();
        _app.MapGet("/not-found", () => { throw new NotFoundException("Child", "c-1"); }).AllowAnonymous();
        _app.MapGet("/conflict", () => { throw new ConflictException("case_reference 'A1' is taken."); }).AllowAnonymous();
        _app.MapGet("/rule", () => { throw new RuleViolation("A period of care cannot start with a temporary placement."); }).AllowAnonymous();
        _app.MapGet("/bug", () => { throw new InvalidOperationException("secret internals"); }).AllowAnonymous();
        _app.UsePlatformDefaults();
        _app.MapDefaultEndpoints();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/validation", HttpStatusCode.BadRequest)]
    [InlineData("/not-found", HttpStatusCode.NotFound)]
    [InlineData("/conflict", HttpStatusCode.Conflict)]
    [InlineData("/rule", HttpStatusCode.UnprocessableEntity)]
    public async Task Each_kind_of_domain_failure_has_its_one_status_as_problem_details(string path, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_validation_failure_names_the_field_and_the_reason()
    {
        using var problem = JsonDocument.Parse(await (await _client.GetAsync("/validation")).Content.ReadAsStringAsync());

        // REST callers send and read camelCase: a check shared with gRPC (date_of_birth) is reported as dateOfBirth.
        var reasons = problem.RootElement.GetProperty("errors").GetProperty("dateOfBirth");
        Assert.Equal("must be a date in the form yyyy-MM-dd.", reasons[0].GetString());
    }

    [Fact]
    public async Task A_rule_violation_says_what_to_do()
    {
        using var problem = JsonDocument.Parse(await (await _client.GetAsync("/rule")).Content.ReadAsStringAsync());

        Assert.Equal("A period of care cannot start with a temporary placement.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_that_reveals_nothing_of_the_internals()
    {
        var response = await _client.GetAsync("/bug");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("secret internals", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/alive")]
    [InlineData("/health")]
    public async Task Liveness_and_readiness_answer(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(path)).StatusCode);
}
