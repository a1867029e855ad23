using Microsoft.Extensions.Logging;

namespace CorporateParenting.AppHost.Orchestration;

/// <summary>Sends the infrastructure launcher's log to the prefixed console log.</summary>
public sealed class ResourceLogLogger(ResourceLog log, string resource) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            log.Write(resource, exception is null ? formatter(state, exception) : $"{formatter(state, exception)}: {exception.Message}");
        }
    }
}
