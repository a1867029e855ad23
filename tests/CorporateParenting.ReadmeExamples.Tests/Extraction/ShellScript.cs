using System.Text;
using System.Text.RegularExpressions;

namespace CorporateParenting.ReadmeExamples.Tests.Extraction;

/// <summary>Part of a shell word: text (quoted or not), a command substitution <c>$(…)</c>, or a variable.</summary>
public abstract record WordPart;

public sealed record TextPart(string Text) : WordPart;

public sealed record SubstitutionPart(string Script) : WordPart;

public sealed record VariablePart(string Name) : WordPart;

/// <summary>One word after quote removal, still holding its substitutions; or an operator (<c>|</c>, <c>&gt;</c>, …).</summary>
public sealed record ShellWord(IReadOnlyList<WordPart> Parts, bool IsOperator = false)
{
    /// <summary>The word's text when it has no substitution or variable in it.</summary>
    public string? Text => Parts.All(part => part is TextPart) ? string.Concat(Parts.Cast<TextPart>().Select(part => part.Text)) : null;

    public override string ToString() => string.Concat(Parts.Select(part => part switch
    {
        TextPart text => text.Text,
        SubstitutionPart substitution => $"$({substitution.Script})",
        VariablePart variable => $"${variable.Name}",
        _ => "",
    }));
}

/// <summary>
/// A simple command: its words, the lines it spans in the file, and the comments that belong to it (the comment lines
/// directly above it, with no blank line between, and a comment at the end of its last line).
/// </summary>
public sealed record ShellCommand(IReadOnlyList<ShellWord> Words, int FirstLine, int LastLine, IReadOnlyList<string> Comments);

/// <summary>
/// The part of POSIX shell syntax that README examples use: words split on blanks; single quotes; double quotes with
/// <c>\</c> escapes, <c>$(…)</c> and <c>$NAME</c>; backslash-newline continuations; quoted text spanning lines;
/// <c>#</c> comments; <c>;</c> and newlines between commands. Pipes, redirections and the like are kept as operator
/// words, so a caller can refuse them. A placeholder such as <c>&lt;child_id from above&gt;</c> is text, even unquoted.
/// </summary>
public static partial class ShellScript
{
    public static IReadOnlyList<ShellCommand> Parse(string text, int firstLine = 1) => new Parser(text, firstLine).ParseAll();

    [GeneratedRegex(@"\G<[a-z][a-z0-9_]*(\s[^<>\n]*)?>")]
    private static partial Regex PlaceholderAt();

    private sealed class Parser(string s, int firstLine)
    {
        private readonly List<ShellCommand> _commands = [];
        private readonly List<string> _commentsAbove = [];
        private readonly List<string> _trailingComments = [];
        private List<ShellWord> _words = [];
        private List<WordPart> _parts = [];
        private readonly StringBuilder _text = new();
        private bool _inWord;
        private bool _lineHasContent;
        private int _line = firstLine;
        private int _commandFirstLine;
        private int _i;

        public List<ShellCommand> ParseAll()
        {
            while (_i < s.Length)
            {
                var c = s[_i];
                if (c == '\\' && _i + 1 < s.Length)
                {
                    if (s[_i + 1] == '\n')
                    {
                        _line++;
                    }
                    else
                    {
                        Append(s[_i + 1].ToString());
                    }
                    _i += 2;
                }
                else if (c == '\n')
                {
                    EndWord();
                    EndCommand();
                    if (!_lineHasContent)
                    {
                        _commentsAbove.Clear(); // a blank line parts a comment from the command below it
                    }
                    _lineHasContent = false;
                    _line++;
                    _i++;
                }
                else if (c is ' ' or '\t' or '\r')
                {
                    EndWord();
                    _i++;
                }
                else if (c == '#' && !_inWord)
                {
                    var end = s.IndexOf('\n', _i);
                    var comment = s[(_i + 1)..(end < 0 ? s.Length : end)].Trim();
                    (_words.Count > 0 ? _trailingComments : _commentsAbove).Add(comment);
                    _lineHasContent = true;
                    _i = end < 0 ? s.Length : end;
                }
                else if (c == ';')
                {
                    EndWord();
                    EndCommand();
                    _i++;
                }
                else if (c == '\'')
                {
                    var end = s.IndexOf('\'', _i + 1);
                    if (end < 0)
                    {
                        throw Error("a single quote is never closed");
                    }
                    Append(s[(_i + 1)..end]);
                    _line += s.AsSpan(_i, end - _i).Count('\n');
                    _i = end + 1;
                }
                else if (c == '"')
                {
                    DoubleQuoted();
                }
                else if (c == '$')
                {
                    Dollar();
                }
                else if (c == '<' && PlaceholderAt().Match(s, _i) is { Success: true } placeholder)
                {
                    Append(placeholder.Value);
                    _i += placeholder.Length;
                }
                else if (c is '|' or '&' or '>' or '<' or '`' || (c is '(' or ')' && !_inWord) || (c is '{' or '}' && !_inWord && !IsWordBrace()))
                {
                    EndWord();
                    var start = _i;
                    while (_i < s.Length && s[_i] is '|' or '&' or '>' or '<')
                    {
                        _i++;
                    }
                    _i = Math.Max(_i, start + 1);
                    StartCommand();
                    _words.Add(new ShellWord([new TextPart(s[start.._i])], IsOperator: true));
                    _lineHasContent = true;
                }
                else
                {
                    Append(c.ToString());
                    _i++;
                }
            }
            EndWord();
            EndCommand();
            return _commands;
        }

        /// <summary><c>{</c> and <c>}</c> standing alone are words (a function body's braces), as in the shell.</summary>
        private bool IsWordBrace() =>
            s[_i] is '{' or '}' && (_i + 1 == s.Length || s[_i + 1] is ' ' or '\t' or '\n' or ';');

        private void DoubleQuoted()
        {
            var open = _line;
            _i++;
            _inWord = true;
            StartCommand();
            while (true)
            {
                if (_i >= s.Length)
                {
                    throw Error($"a double quote opened on line {open} is never closed");
                }
                var c = s[_i];
                if (c == '"')
                {
                    _i++;
                    return;
                }
                if (c == '\\' && _i + 1 < s.Length && s[_i + 1] is '$' or '`' or '"' or '\\' or '\n')
                {
                    if (s[_i + 1] == '\n')
                    {
                        _line++;
                    }
                    else
                    {
                        _text.Append(s[_i + 1]);
                    }
                    _i += 2;
                }
                else if (c == '$')
                {
                    Dollar();
                }
                else
                {
                    if (c == '\n')
                    {
                        _line++;
                    }
                    _text.Append(c);
                    _i++;
                }
            }
        }

        private void Dollar()
        {
            StartCommand();
            _inWord = true;
            _lineHasContent = true;
            if (_i + 1 < s.Length && s[_i + 1] == '(')
            {
                var end = ClosingParenthesis(_i + 2);
                FlushText();
                var script = s[(_i + 2)..end];
                _parts.Add(new SubstitutionPart(script));
                _line += script.Count(ch => ch == '\n');
                _i = end + 1;
                return;
            }
            var name = Regex.Match(s[(_i + 1)..], @"^(\{(?<n>[A-Za-z_][A-Za-z0-9_]*)\}|(?<n>[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-]))");
            if (!name.Success)
            {
                _text.Append('$');
                _i++;
                return;
            }
            FlushText();
            _parts.Add(new VariablePart(name.Groups["n"].Value));
            _i += 1 + name.Length;
        }

        private int ClosingParenthesis(int from)
        {
            var depth = 1;
            for (var j = from; j < s.Length; j++)
            {
                switch (s[j])
                {
                    case '\\':
                        j++;
                        break;
                    case '\'':
                        j = s.IndexOf('\'', j + 1) is var q and >= 0 ? q : throw Error("a single quote in $(…) is never closed");
                        break;
                    case '"':
                        for (j++; j < s.Length && s[j] != '"'; j++)
                        {
                            if (s[j] == '\\')
                            {
                                j++;
                            }
                        }
                        break;
                    case '(':
                        depth++;
                        break;
                    case ')' when --depth == 0:
                        return j;
                }
            }
            throw Error("a $( is never closed");
        }

        private void Append(string text)
        {
            StartCommand();
            _inWord = true;
            _lineHasContent = true;
            _text.Append(text);
        }

        private void StartCommand()
        {
            if (_words.Count == 0 && !_inWord)
            {
                _commandFirstLine = _line;
            }
        }

        private void FlushText()
        {
            if (_text.Length > 0)
            {
                _parts.Add(new TextPart(_text.ToString()));
                _text.Clear();
            }
        }

        private void EndWord()
        {
            if (!_inWord)
            {
                return;
            }
            FlushText();
            _words.Add(new ShellWord(_parts.Count == 0 ? [new TextPart("")] : _parts));
            _parts = [];
            _inWord = false;
        }

        private void EndCommand()
        {
            if (_words.Count == 0)
            {
                _trailingComments.Clear();
                return;
            }
            _commands.Add(new ShellCommand(_words, _commandFirstLine, _line, [.. _commentsAbove, .. _trailingComments]));
            _words = [];
            _commentsAbove.Clear();
            _trailingComments.Clear();
        }

        private FormatException Error(string problem) => new($"line {_line}: {problem}.");
    }
}
