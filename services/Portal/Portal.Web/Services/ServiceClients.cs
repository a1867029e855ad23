using CorporateParenting.ServiceDefaults;
using Microsoft.Extensions.Http.Resilience;

namespace Portal.Web.Services;

/// <summary>
/// The services the pages call, found by service discovery (<c>services__&lt;name&gt;__http__0</c> and <c>__grpc__0</c>),
/// each call carrying the person's token and bounded in time, so that one service not answering costs a page a few
/// seconds and a message, never the page.
/// </summary>
public static class ServiceClients
{
    /// <summary>How the pages name each service when it does not answer.</summary>
    public static readonly IReadOnlyDictionary<string, string> DisplayNames = new Dictionary<string, string>
    {
        [ResourceNames.Placements] = "Placements",
        [ResourceNames.VirtualSchool] = "The Virtual School service",
        [ResourceNames.Health] = "The health service",
        [ResourceNames.LeavingCare] = "The leaving care service",
        [ResourceNames.Notifications] = "The notifications service",
        [ResourceNames.Reporting] = "The reporting service",
    };

    /// <summary>One attempt's limit, and the whole call's with its one retry (reads only).</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The services a page sends files to (the Virtual School's attendance feed), each through its client for files.</summary>
    public static readonly IReadOnlyList<string> FileReceivers = [ResourceNames.VirtualSchool];

    /// <summary>A file's one attempt: the whole file sent and imported while the person watches its progress.</summary>
    public static readonly TimeSpan FileTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The named client that sends files to <paramref name="service"/>: one attempt, bounded by <see cref="FileTimeout"/>.</summary>
    public static string FilesClient(string service) => $"{service}-files";

    public static IHostApplicationBuilder AddServiceClients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<PersonsToken>();
        foreach (var service in DisplayNames.Keys)
        {
            builder.Services.AddHttpClient(service, client => client.BaseAddress = ResourceNames.HttpAddress(service))
                .AddHttpMessageHandler<PersonsToken>()
                .BoundedForPages();
        }
        foreach (var service in FileReceivers)
        {
            builder.Services.AddHttpClient(FilesClient(service), client => client.BaseAddress = ResourceNames.HttpAddress(service))
                .AddHttpMessageHandler<PersonsToken>()
                .BoundedForFiles();
        }
        builder.Services.AddGrpcClient<CorporateParenting.Health.V1.Health.HealthClient>(client => client.Address = ResourceNames.GrpcAddress(ResourceNames.Health))
            .AddHttpMessageHandler<PersonsToken>()
            .BoundedForPages();
        builder.Services.AddScoped<ServiceCalls>();
        return builder;
    }

    /// <summary>
    /// The service defaults' resilience (30 s in all, retries of any method) replaced by a person's patience: a read is
    /// tried twice within <see cref="CallTimeout"/>, a command once, since a person resubmits a form more surely than a
    /// retry could tell whether the first attempt had landed.
    /// </summary>
    private static IHttpClientBuilder BoundedForPages(this IHttpClientBuilder client)
    {
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation; it is the documented way to undo a default.
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client.AddStandardResilienceHandler(resilience =>
        {
            resilience.AttemptTimeout.Timeout = AttemptTimeout;
            resilience.TotalRequestTimeout.Timeout = CallTimeout;
            resilience.CircuitBreaker.SamplingDuration = AttemptTimeout * 2;
            resilience.Retry.MaxRetryAttempts = 1;
            resilience.Retry.DisableForUnsafeHttpMethods();
        });
        return client;
    }

    /// <summary>A file is sent once, since its body is a stream that cannot be sent again: no retry, only the file's time limit.</summary>
    private static IHttpClientBuilder BoundedForFiles(this IHttpClientBuilder client)
    {
#pragma warning disable EXTEXP0001 // as above
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client.ConfigureHttpClient(http => http.Timeout = FileTimeout);
        return client;
    }
}
