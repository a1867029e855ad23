using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CorporateParenting.Audit.Tests;

/// <summary>
/// A service-shaped web application on the test server: the audit trail exactly as services register it, over the
/// real database, with a read endpoint and a change endpoint for a child, and the audit API.
/// </summary>
public sealed class AuditHost : IAsyncDisposable
{
    public const string ReadAction = "GET /api/children/{id}";
    public const string ChangeAction = "PUT /api/children/{id}/name";

    private readonly WebApplication _app;

    private AuditHost(WebApplication app, string connectionString)
    {
        _app = app;
        ConnectionString = connectionString;
        Client = app.GetTestClient();
    }

    public string ConnectionString { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public string ApplicationName => _app.Environment.ApplicationName;

    /// <param name="backgroundChaining">
    /// Whether <see cref="AuditChainer{TContext}"/> runs, as in a service; without it rows stay unchained until
    /// <see cref="ChainAsync"/>, so each test decides when chaining happens.
    /// </param>
    public static async Task<AuditHost> StartAsync(string connectionString, bool backgroundChaining = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseTestServer();
        builder.Services.AddDbContext<AuditTestDbContext>(options => options.UseNpgsql(connectionString));
        builder.AddAuditTrail<AuditTestDbContext>();
        if (!backgroundChaining)
        {
            builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(AuditChainer<AuditTestDbContext>)));
        }
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ReadChildRegister, policy => policy.RequireRole([Roles.CaseSystem, Roles.Partner, .. Roles.Staff]));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        MapChildEndpoints(app);
        app.MapAuditTrailApi<AuditTestDbContext>();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<AuditTestDbContext>().Database;
            if (await database.EnsureCreatedAsync())
            {
                await database.ExecuteSqlRawAsync(AuditTrailGuard.CreateSql);
            }
        }
        await app.StartAsync();
        return new AuditHost(app, connectionString);
    }

    private static void MapChildEndpoints(WebApplication app)
    {
        app.MapGet("/api/children/{id:guid}", async (Guid id, AuditTestDbContext db, IAuditTrail audit, CancellationToken ct) =>
        {
            var child = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (child is null)
            {
                return Results.NotFound();
            }
            await audit.RecordAsync(new AuditEntry(ReadAction, "child", id), ct);
            return Results.Ok(child);
        }).RequireAuthorization(Policies.ReadChildRegister);

        // The change and its audit row share one transaction; ?fail=true fails after both were written, before commit.
        app.MapPut("/api/children/{id:guid}/name", async (Guid id, string name, bool? fail, AuditTestDbContext db, IAuditTrail audit, CancellationToken ct) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var child = await db.Children.FirstAsync(c => c.Id == id, ct);
            child.Name = name;
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(new AuditEntry(ChangeAction, "child", id), ct);
            if (fail == true)
            {
                throw new InvalidOperationException("Failed after the change and its audit row were written.");
            }
            await transaction.CommitAsync(ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.ReadChildRegister);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) =>
        InScopeAsync(async services => { await work(services); return true; });

    public Task RecordAsync(AuditEntry entry) =>
        InScopeAsync(services => services.GetRequiredService<IAuditTrail>().RecordAsync(entry, CancellationToken.None));

    public Task<int> ChainAsync(int batchSize = AuditChain<AuditTestDbContext>.DefaultBatchSize) =>
        InScopeAsync(services => services.GetRequiredService<AuditChain<AuditTestDbContext>>().ChainPendingAsync(batchSize, CancellationToken.None));

    public Task<List<AuditRecord>> RecordsAsync() =>
        InScopeAsync(services => services.GetRequiredService<AuditTestDbContext>().AuditRecords
            .AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    public Task<AuditVerification> VerifyAsync(int pageSize = AuditChainVerifier<AuditTestDbContext>.DefaultPageSize) =>
        InScopeAsync(services => services.GetRequiredService<AuditChainVerifier<AuditTestDbContext>>().VerifyAsync(pageSize, CancellationToken.None));

    public async Task<Guid> AddChildAsync(string name)
    {
        var child = new ChildRecord { Name = name };
        await InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AuditTestDbContext>();
            db.Children.Add(child);
            await db.SaveChangesAsync();
        });
        return child.Id;
    }

    /// <summary>What someone with superuser rights could do: switch ordinary triggers off for the session, then rewrite rows.</summary>
    public async Task TamperAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var bypass = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await bypass.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        await command.ExecuteNonQueryAsync();
    }

    public static HttpRequestMessage As(HttpMethod method, string uri, string subject, string roles, string? authority = null)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Add(TestAuthenticationHandler.SubjectHeader, subject);
        request.Headers.Add(TestAuthenticationHandler.RolesHeader, roles);
        if (authority is not null)
        {
            request.Headers.Add(TestAuthenticationHandler.AuthorityHeader, authority);
        }
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
