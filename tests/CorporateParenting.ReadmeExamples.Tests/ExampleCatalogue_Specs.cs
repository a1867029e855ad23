using System.Text.RegularExpressions;
using CorporateParenting.Infrastructure;
using CorporateParenting.ReadmeExamples.Tests.Extraction;
using Xunit.Abstractions;

namespace CorporateParenting.ReadmeExamples.Tests;

/// <summary>
/// The extractor itself: it finds the repository's examples (none found fails, so it cannot rot into finding nothing),
/// misses no curl or grpcurl line anywhere in the Markdown, and reads the shell the READMEs write as the shell would.
/// </summary>
public sealed partial class ExampleCatalogue_Specs(ITestOutputHelper log)
{
    [Fact]
    public void The_repositorys_Markdown_has_examples()
    {
        var catalogue = ExampleCatalogue.Repository;

        foreach (var file in catalogue.Examples.GroupBy(example => example.File))
        {
            log.WriteLine($"{file.Key}: {file.Count()} example(s), {file.Count(e => e.Response is not null)} with a response shown, "
                + $"{file.Count(e => e.ExpectedStatus is not null)} showing an outcome");
        }
        log.WriteLine($"{catalogue.Files.Count} Markdown files read, {catalogue.Examples.Count} examples.");
        Assert.NotEmpty(catalogue.Examples);
        Assert.Contains(catalogue.Examples, example => example.File == "README.md");
    }

    [Fact]
    public void Every_line_of_Markdown_that_starts_with_curl_or_grpcurl_is_an_example_the_tests_run()
    {
        var root = RepositoryRoot.Find();
        var extracted = ExampleCatalogue.Repository.Examples.Select(example => (example.File, example.Line)).ToHashSet();
        var missed = new List<string>();
        var markdown = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.Split('/').Any(folder => folder.StartsWith('.') || folder is "bin" or "obj" or "node_modules" or "TestResults"));
        foreach (var file in markdown)
        {
            var lines = File.ReadAllLines(Path.Combine(root, file));
            for (var i = 0; i < lines.Length; i++)
            {
                if (CommandLine().IsMatch(lines[i]) && !extracted.Contains((file, i + 1)))
                {
                    missed.Add($"{file} line {i + 1}: {lines[i].Trim()}");
                }
            }
        }
        Assert.True(missed.Count == 0, "Not extracted as examples, so never run:\n" + string.Join('\n', missed));
    }

    [Fact]
    public void Reads_a_function_continued_lines_and_quoted_text_across_lines_as_the_shell_does()
    {
        var example = Assert.Single(ExamplesOf(
            """
            ```bash
            token() { dotnet run --project CorporateParenting.AppHost --no-launch-profile -- token "$@"; }   # prints the token
            grpcurl -plaintext -H "authorization: Bearer $(token --role case-system)" \
              -d '{"a":"x",
              "b":"y"}' \
              127.0.0.1:5111 placements.v1.Placements/RecordEntryToCare
            ```
            """));

        Assert.Equal(("grpcurl", 3), (example.Program, example.Line));
        Assert.Equal(["-plaintext", "-H", "authorization: Bearer $(token --role case-system)", "-d", "{\"a\":\"x\",\n  \"b\":\"y\"}",
            "127.0.0.1:5111", "placements.v1.Placements/RecordEntryToCare"], example.Arguments.Select(word => word.ToString()));
        var token = Assert.Single(example.Functions).Value;
        Assert.Equal(["dotnet", "run", "--project", "CorporateParenting.AppHost", "--no-launch-profile", "--", "token"], token.Body.Select(word => word.Text));
        Assert.Null(example.ExpectedStatus);
    }

    [Fact]
    public void An_outcome_shown_in_a_comment_on_the_command_is_expected_and_a_json_block_after_it_is_its_response()
    {
        var examples = ExamplesOf(
            """
            ```bash
            # → 404: another authority's notice is not found
            curl -H "Authorization: Bearer x" http://127.0.0.1:5105/api/partner/notifications/<id from above>
            # → 403, but a blank line follows

            curl http://127.0.0.1:5105/a   # → NOT_FOUND
            curl http://127.0.0.1:5105/b
            ```

            It answers:

            ```json
            { "total": 0 }
            ```
            """);

        Assert.Equal(["404", "NOT_FOUND", null], examples.Select(example => example.ExpectedStatus));
        Assert.Equal("http://127.0.0.1:5105/api/partner/notifications/<id from above>", examples[0].Arguments[^1].Text);
        Assert.Equal([null, null, 13], examples.Select(example => example.Response?.Line));
    }

    [Fact]
    public void Commands_other_than_curl_and_grpcurl_are_not_examples_and_an_unclosed_quote_is_an_error()
    {
        Assert.Empty(ExamplesOf(
            """
            ```bash
            Authentication__DevelopmentSigningKey="$(cat .local/development-signing-key)" dotnet run --project services/Health/Health.Api
            ```
            """));
        var error = Assert.Throws<FormatException>(() => ExamplesOf("```bash\ncurl -d '{\"a\":1}\n```\n"));
        Assert.Contains("README.md: line 2: a single quote is never closed", error.Message);
    }

    private static IReadOnlyList<ReadmeExample> ExamplesOf(string markdown)
    {
        var root = Directory.CreateTempSubdirectory("readme-examples-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "README.md"), markdown);
            return ExampleCatalogue.Load(root).Examples;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [GeneratedRegex(@"^\s*(\$\s+)?(curl|grpcurl)(\s|$)")]
    private static partial Regex CommandLine();
}
