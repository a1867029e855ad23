using CorporateParenting.AppHost.Model;

namespace CorporateParenting.AppHost.Orchestration;

public static class UrlTable
{
    public static string Render(PlatformModel platform, string infrastructure)
    {
        var rows = new List<string[]> { new[] { "resource", "REST / OpenAPI UI", "gRPC (HTTP/2)", "health" } };
        rows.AddRange(platform.Projects.Select(p => new[]
        {
            p.Name,
            $"{p.HttpEndpoint.Url}  {p.HttpEndpoint.Url}/scalar",
            p.GrpcEndpoint?.Url ?? "-",
            $"{p.HttpEndpoint.Url}/health",
        }));
        rows.Add([platform.Postgres.Name, $"postgresql://127.0.0.1:{platform.Postgres.Port}", "-", "-"]);
        rows.Add([platform.RabbitMq.Name, $"amqp://127.0.0.1:{platform.RabbitMq.Port}", "-", "-"]);

        var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var lines = rows.Select(r => string.Join("  ", r.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd()).ToList();
        lines.Insert(1, new string('-', lines[0].Length));
        lines.Add($"infrastructure: {infrastructure}");
        return string.Join(Environment.NewLine, lines);
    }
}
