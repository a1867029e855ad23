using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Audit.Tests;

[Collection(AuditCollection.Name)]
public sealed class AuditApi_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private static readonly Guid Sam = Guid.Parse("0b5c7a52-8f0e-4c8f-9a53-6f4a1e1b2c01");
    private static readonly Guid Ali = Guid.Parse("0b5c7a52-8f0e-4c8f-9a53-6f4a1e1b2c02");
    private AuditHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AuditHost.StartAsync(await fixture.CleanDatabaseAsync("audit_tests"));
        // Rows 1-5: nurse-7 reads Sam, Ali, Sam, Ali, Sam; row 6: the service itself on Sam.
        for (var i = 1; i <= 5; i++)
        {
            await _host.InScopeAsync(services =>
            {
                services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = Nurse };
                return services.GetRequiredService<IAuditTrail>().RecordAsync(
                    new AuditEntry("GetChild", "child", i % 2 == 1 ? Sam : Ali, $"read-{i}"), CancellationToken.None);
            });
        }
        await _host.RecordAsync(new AuditEntry("ChildEnteredCareConsumer", "health-assessment", Sam, "read-6"));
        await _host.ChainAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ClaimsPrincipal Nurse { get; } =
        new(new ClaimsIdentity([new(PlatformClaims.Subject, "nurse-7"), new(PlatformClaims.Role, "health")], "test"));

    private Task<HttpResponseMessage> GetAsAdminAsync(string uri) =>
        _host.Client.SendAsync(AuditHost.As(HttpMethod.Get, uri, "auditor-1", "admin"));

    private static async Task<AuditRecordPage> PageOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AuditRecordPage>())!;
    }

    [Fact]
    public async Task Lists_who_accessed_a_child_newest_first_with_the_total()
    {
        var page = await PageOf(await GetAsAdminAsync($"/api/audit/records?childId={Sam}"));

        Assert.Equal(4, page.Total);
        Assert.Equal(["read-6", "read-5", "read-3", "read-1"], page.Items.Select(r => r.RecordId));
    }

    [Fact]
    public async Task Lists_what_one_person_accessed_page_by_page()
    {
        var first = await PageOf(await GetAsAdminAsync("/api/audit/records?subject=nurse-7&pageSize=2"));
        var third = await PageOf(await GetAsAdminAsync("/api/audit/records?subject=nurse-7&pageSize=2&page=3"));

        Assert.Equal((5, 5), (first.Total, third.Total));
        Assert.Equal(["read-5", "read-4"], first.Items.Select(r => r.RecordId));
        Assert.Equal(["read-1"], third.Items.Select(r => r.RecordId));
    }

    [Fact]
    public async Task Both_filters_together_narrow_the_list()
    {
        var page = await PageOf(await GetAsAdminAsync($"/api/audit/records?childId={Ali}&subject=nurse-7"));

        Assert.Equal(["read-4", "read-2"], page.Items.Select(r => r.RecordId));
    }

    [Theory]
    [InlineData("/api/audit/records", "childId")]
    [InlineData("/api/audit/records?subject=%20", "childId")]
    [InlineData("/api/audit/records?subject=nurse-7&page=0", "page")]
    [InlineData("/api/audit/records?subject=nurse-7&pageSize=0", "pageSize")]
    [InlineData("/api/audit/records?subject=nurse-7&pageSize=501", "pageSize")]
    [InlineData("/api/audit/records?subject=nurse-7&page=2147483647&pageSize=500", "page")]
    public async Task A_missing_filter_or_bad_paging_is_a_400_naming_the_field(string uri, string field)
    {
        var response = await GetAsAdminAsync(uri);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task The_handler_itself_refuses_a_page_size_over_the_limit()
    {
        await _host.InScopeAsync(services =>
            Assert.ThrowsAsync<RequestValidationException>(() => AuditTrailApi.ListAsync(
                services.GetRequiredService<AuditRecordSearch<AuditTestDbContext>>(), Sam, null, CancellationToken.None, pageSize: 501)));
    }

    [Fact]
    public async Task Reports_the_verification_of_the_chain()
    {
        var response = await GetAsAdminAsync("/api/audit/verification");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new AuditVerification(true, 6, null, null), await response.Content.ReadFromJsonAsync<AuditVerification>());
    }

    [Fact]
    public async Task Reports_a_broken_chain_at_its_first_broken_row()
    {
        await _host.TamperAsync("UPDATE audit_records SET subject = 'someone-else' WHERE id = 2");

        var verification = await (await GetAsAdminAsync("/api/audit/verification")).Content.ReadFromJsonAsync<AuditVerification>();

        Assert.Equal((false, 2L), (verification!.IsIntact, verification.FirstBrokenId));
    }

    [Fact]
    public async Task Listing_accesses_is_not_itself_recorded()
    {
        await GetAsAdminAsync($"/api/audit/records?childId={Sam}");
        await GetAsAdminAsync("/api/audit/verification");

        Assert.Equal(6, (await _host.RecordsAsync()).Count);
    }

    [Theory]
    [InlineData("/api/audit/records?subject=nurse-7")]
    [InlineData("/api/audit/verification")]
    public async Task Only_admins_may_use_it(string uri)
    {
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, uri);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client.SendAsync(anonymous)).StatusCode);
        using var nurse = AuditHost.As(HttpMethod.Get, uri, "nurse-7", "health");
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.Client.SendAsync(nurse)).StatusCode);
    }
}
