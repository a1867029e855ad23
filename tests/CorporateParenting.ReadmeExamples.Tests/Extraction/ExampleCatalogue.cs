using System.Text.RegularExpressions;
using CorporateParenting.Infrastructure;

namespace CorporateParenting.ReadmeExamples.Tests.Extraction;

/// <summary>A shell function a README defines, such as <c>token() { dotnet run … -- token "$@"; }</c>: its words before <c>"$@"</c>.</summary>
public sealed record ShellFunction(string Name, IReadOnlyList<ShellWord> Body);

/// <summary>A <c>json</c> block shown as what the example before it answers, with the line it starts on.</summary>
public sealed record ExpectedResponse(string Json, int Line);

/// <summary>
/// One <c>curl</c> or <c>grpcurl</c> command in a README, numbered from 1 in its file. It succeeds (2xx, gRPC OK)
/// unless a comment on it shows another outcome (<c># → 404 …</c>, <c># → PERMISSION_DENIED …</c>).
/// </summary>
public sealed record ReadmeExample(
    string File,
    int Ordinal,
    string Program,
    ShellCommand Command,
    IReadOnlyDictionary<string, ShellFunction> Functions,
    string? ExpectedStatus,
    ExpectedResponse? Response)
{
    public int Line => Command.FirstLine;

    /// <summary>What the test case is called: the file and the example's position in it.</summary>
    public string Name => $"{File} example {Ordinal} (line {Line})";

    /// <summary>The words after the program's name.</summary>
    public IReadOnlyList<ShellWord> Arguments => [.. Command.Words.SkipWhile(IsAssignment).Skip(1)];

    /// <summary><c>NAME=value</c> words before the program's name, which an example may not use.</summary>
    public IReadOnlyList<ShellWord> Assignments => [.. Command.Words.TakeWhile(IsAssignment)];

    internal static bool IsAssignment(ShellWord word) =>
        !word.IsOperator && word.Parts.FirstOrDefault() is TextPart first && Regex.IsMatch(first.Text, "^[A-Za-z_][A-Za-z0-9_]*=");

    public override string ToString() => Name;
}

/// <summary>
/// Every example of every Markdown file in the repository: each <c>curl</c> or <c>grpcurl</c> command in a shell
/// block (<c>bash</c>, <c>sh</c>, <c>shell</c>, <c>console</c> or no language), with the shell functions defined above it
/// in the same file, and the <c>json</c> block right after its block (no heading between) as its expected response.
/// </summary>
public sealed partial class ExampleCatalogue
{
    public static readonly string[] Programs = ["curl", "grpcurl"];

    private static readonly Lazy<ExampleCatalogue> OfRepository = new(() => Load(RepositoryRoot.Find()));

    private ExampleCatalogue(IReadOnlyList<MarkdownFile> files, IReadOnlyList<ReadmeExample> examples)
    {
        Files = files;
        Examples = examples;
    }

    public static ExampleCatalogue Repository => OfRepository.Value;

    public IReadOnlyList<MarkdownFile> Files { get; }

    public IReadOnlyList<ReadmeExample> Examples { get; }

    public ReadmeExample Named(string name) =>
        Examples.SingleOrDefault(example => example.Name == name)
        ?? throw new InvalidOperationException($"No README example is called '{name}' any more; rebuild to refresh the test list.");

    /// <summary>The examples above <paramref name="example"/> in its file, in order: a reader runs them first.</summary>
    public IReadOnlyList<ReadmeExample> Before(ReadmeExample example) =>
        [.. Examples.Where(other => other.File == example.File && other.Ordinal < example.Ordinal)];

    public static ExampleCatalogue Load(string root)
    {
        var files = MarkdownFile.AllUnder(root);
        return new ExampleCatalogue(files, [.. files.SelectMany(ExamplesOf)]);
    }

    private static List<ReadmeExample> ExamplesOf(MarkdownFile file)
    {
        var examples = new List<ReadmeExample>();
        var functions = new Dictionary<string, ShellFunction>();
        var previousBlockEndedWithExample = false;
        foreach (var block in file.Blocks)
        {
            if (block.IsJson && previousBlockEndedWithExample && !block.HeadingBefore)
            {
                examples[^1] = examples[^1] with { Response = new ExpectedResponse(block.Text, block.FirstLine) };
                previousBlockEndedWithExample = false;
                continue;
            }
            previousBlockEndedWithExample = false;
            if (!block.IsShell)
            {
                continue;
            }

            IReadOnlyList<ShellCommand> commands;
            try
            {
                commands = ShellScript.Parse(block.Text, block.FirstLine);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{file.RelativePath}: {e.Message}", e);
            }
            for (var k = 0; k < commands.Count; k++)
            {
                var command = commands[k];
                if (FunctionDefinition(file, command, k + 1 < commands.Count ? commands[k + 1] : null) is { } function)
                {
                    functions[function.Name] = function;
                    k++; // its closing brace
                    continue;
                }
                var program = command.Words.SkipWhile(ReadmeExample.IsAssignment).FirstOrDefault()?.Text;
                if (program is not null && Programs.Contains(program))
                {
                    examples.Add(new ReadmeExample(
                        file.RelativePath, examples.Count + 1, program, command, new Dictionary<string, ShellFunction>(functions),
                        ExpectedStatusIn(command.Comments), Response: null));
                    previousBlockEndedWithExample = k == commands.Count - 1;
                }
            }
        }
        return examples;
    }

    private static ShellFunction? FunctionDefinition(MarkdownFile file, ShellCommand command, ShellCommand? next)
    {
        if (command.Words is not [{ Text: { } head }, { Text: "{" }, ..] || FunctionHead().Match(head) is not { Success: true } name)
        {
            return null;
        }
        if (command.Words[^1].Parts is not [VariablePart { Name: "@" }] || next?.Words is not [{ Text: "}" }])
        {
            throw new FormatException(
                $"{file.RelativePath} line {command.FirstLine}: only one-line functions ending in \"$@\" are understood, as in "
                + "token() { dotnet run --project CorporateParenting.AppHost --no-launch-profile -- token \"$@\"; }");
        }
        return new ShellFunction(name.Groups["name"].Value, [.. command.Words.Skip(2).SkipLast(1)]);
    }

    /// <summary>The outcome a comment shows, as in <c># → 404: another authority's notice</c> or <c># → NOT_FOUND</c>.</summary>
    private static string? ExpectedStatusIn(IReadOnlyList<string> comments) =>
        comments.Select(comment => ShownOutcome().Match(comment)).FirstOrDefault(match => match.Success)?.Groups["status"].Value;

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\(\)$")]
    private static partial Regex FunctionHead();

    [GeneratedRegex(@"→\s*(?<status>[1-5][0-9]{2}\b|[A-Z][A-Z_]*[A-Z]\b)")]
    private static partial Regex ShownOutcome();
}
