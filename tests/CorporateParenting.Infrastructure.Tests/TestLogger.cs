using Microsoft.Extensions.Logging;

namespace CorporateParenting.Infrastructure.Tests;

/// <summary>Sends log lines to a test's output, or collects them while no test is running yet (fixtures).</summary>
internal sealed class TestLogger(Action<string> write) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        var line = $"[{DateTime.Now:HH:mm:ss.fff} {logLevel}] {formatter(state, exception)}";
        write(exception is null ? line : $"{line}{Environment.NewLine}{exception}");
    }
}
