namespace CorporateParenting.Infrastructure;

internal sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    public string Output => string.Join(Environment.NewLine,
        new[] { StandardOutput.Trim(), StandardError.Trim() }.Where(s => s.Length > 0));

    public ProcessResult EnsureSuccess(string what) => Succeeded
        ? this
        : throw new InvalidOperationException(
            $"{what} failed (exit code {ExitCode}): {CommandLine}{Environment.NewLine}{Output}");
}
