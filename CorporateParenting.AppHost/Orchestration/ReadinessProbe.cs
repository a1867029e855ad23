using CorporateParenting.AppHost.Model;

namespace CorporateParenting.AppHost.Orchestration;

/// <summary>Waits until a service answers 200 on <c>/health</c>, i.e. migrated and connected, like Aspire's WaitFor.</summary>
public static class ReadinessProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    public static async Task WaitUntilHealthyAsync(ProjectResource project, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var url = new Uri($"{project.HttpEndpoint.Url}/health");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync(url, deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !deadline.IsCancellationRequested)
            {
            }
            try
            {
                await Task.Delay(250, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{project.Name} did not become healthy at {url} within {timeout.TotalSeconds:0} s.");
            }
        }
    }
}
