using System.Text.RegularExpressions;

namespace CorporateParenting.ReadmeExamples.Tests.Extraction;

/// <summary>A fenced code block: its info string's first word, its text, and the file line of its first text line.</summary>
public sealed record FencedBlock(string Language, int FirstLine, string Text, bool HeadingBefore)
{
    public bool IsShell => Language is "" or "bash" or "sh" or "shell" or "console" or "zsh";

    public bool IsJson => Language is "json" or "jsonc";
}

/// <summary>
/// One Markdown file of the repository and its fenced blocks (CommonMark fences: three or more backticks or
/// tildes, indented up to three spaces, closed by at least as many of the same character).
/// </summary>
public sealed partial class MarkdownFile
{
    private MarkdownFile(string relativePath, IReadOnlyList<string> lines, IReadOnlyList<FencedBlock> blocks)
    {
        RelativePath = relativePath;
        Lines = lines;
        Blocks = blocks;
    }

    /// <summary>Repository-relative, with forward slashes: <c>services/Health/README.md</c>.</summary>
    public string RelativePath { get; }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<FencedBlock> Blocks { get; }

    /// <summary>
    /// Every <c>*.md</c> under the repository root, in ordinal order of path, leaving out build output and
    /// hidden folders (<c>.git</c>, <c>.local</c> with the test servers' data).
    /// </summary>
    public static IReadOnlyList<MarkdownFile> AllUnder(string root)
    {
        var files = new List<string>();
        Collect(new DirectoryInfo(root), files);
        return [.. files
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => Read(root, relative))];
    }

    private static void Collect(DirectoryInfo folder, List<string> files)
    {
        files.AddRange(folder.EnumerateFiles("*.md").Select(file => file.FullName));
        foreach (var child in folder.EnumerateDirectories())
        {
            if (!child.Name.StartsWith('.') && child.Name is not ("bin" or "obj" or "node_modules" or "TestResults"))
            {
                Collect(child, files);
            }
        }
    }

    public static MarkdownFile Read(string root, string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(root, relativePath));
        return new MarkdownFile(relativePath, lines, ParseBlocks(relativePath, lines));
    }

    private static List<FencedBlock> ParseBlocks(string relativePath, string[] lines)
    {
        var blocks = new List<FencedBlock>();
        var headingSinceLastBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = Fence().Match(lines[i]);
            if (!opening.Success)
            {
                headingSinceLastBlock |= Heading().IsMatch(lines[i]);
                continue;
            }

            var marker = opening.Groups["marker"].Value;
            var indent = opening.Groups["indent"].Value.Length;
            var language = opening.Groups["info"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            var text = new List<string>();
            var closed = false;
            var first = i + 2; // 1-based line of the block's first text line
            for (i++; i < lines.Length; i++)
            {
                var closing = Fence().Match(lines[i]);
                if (closing.Success && closing.Groups["marker"].Value[0] == marker[0]
                    && closing.Groups["marker"].Value.Length >= marker.Length && closing.Groups["info"].Value.Trim().Length == 0)
                {
                    closed = true;
                    break;
                }
                var line = lines[i];
                var strip = 0;
                while (strip < indent && strip < line.Length && line[strip] == ' ')
                {
                    strip++;
                }
                text.Add(line[strip..]);
            }
            if (!closed)
            {
                throw new InvalidOperationException($"{relativePath}: the code fence opened on line {first - 1} is never closed.");
            }
            blocks.Add(new FencedBlock(language.ToLowerInvariant(), first, string.Join('\n', text), headingSinceLastBlock));
            headingSinceLastBlock = false;
        }
        return blocks;
    }

    [GeneratedRegex(@"^(?<indent> {0,3})(?<marker>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}#{1,6}(\s|$)")]
    private static partial Regex Heading();
}
