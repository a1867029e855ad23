namespace VirtualSchool.Api.Feed;

/// <summary>
/// Reads RFC 4180 records one at a time from a text stream, holding one buffer and the current record only, so a file of
/// any size is read in constant memory. Fields are separated by commas; a field in double quotes may hold commas, line
/// breaks and doubled quotes (<c>""</c>); records end with CRLF or LF. Empty lines are skipped.
/// </summary>
public sealed class CsvRecordReader(TextReader reader)
{
    public const int MaxRecordChars = 64 * 1024;

    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _length;
    private char[] _record = new char[1024];
    private int _recordLength;
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private long _nextLine = 1;

    /// <summary>The line the current record starts on, from 1.</summary>
    public long Line { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>Why the current record is not well-formed CSV, or null.</summary>
    public string? Malformed { get; private set; }

    public ReadOnlySpan<char> this[int index] => _record.AsSpan(_starts[index], _lengths[index]);

    /// <summary>Reads the next record; false at the end of the stream.</summary>
    public bool Read()
    {
        while (true)
        {
            if (!ReadRecord())
            {
                return false;
            }
            if (FieldCount > 1 || _lengths[0] > 0 || Malformed is not null)
            {
                return true;
            }
        }
    }

    private bool ReadRecord()
    {
        FieldCount = 0;
        _recordLength = 0;
        Malformed = null;
        Line = _nextLine;
        if (!Fill())
        {
            return false;
        }

        while (true)
        {
            StartField();
            if (!Fill())
            {
                EndField();
                return true;
            }

            if (_buffer[_position] == '"')
            {
                _position++;
                if (!ReadQuoted())
                {
                    EndField();
                    return true;
                }
            }
            else
            {
                ReadUnquoted();
            }

            EndField();
            if (!Fill())
            {
                return true;
            }

            char next = _buffer[_position++];
            if (next == ',')
            {
                continue;
            }
            if (next == '\r')
            {
                if (Fill() && _buffer[_position] == '\n')
                {
                    _position++;
                }
                _nextLine++;
                return true;
            }
            if (next == '\n')
            {
                _nextLine++;
                return true;
            }

            // Text after a closing quote: the record is broken; skip to its end.
            Malformed ??= "a quoted field is followed by text before the next comma or line end.";
            _position--;
            ReadUnquoted();
        }
    }

    private void ReadUnquoted()
    {
        while (Fill())
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            int stop = span.IndexOfAny(',', '\r', '\n');
            int take = stop < 0 ? span.Length : stop;
            Append(span[..take]);
            _position += take;
            if (stop >= 0)
            {
                return;
            }
        }
    }

    /// <returns>False when the stream ended inside the quotes.</returns>
    private bool ReadQuoted()
    {
        while (Fill())
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            int quote = span.IndexOf('"');
            int take = quote < 0 ? span.Length : quote;
            CountLines(span[..take]);
            Append(span[..take]);
            _position += take;
            if (quote < 0)
            {
                continue;
            }

            _position++;
            if (Fill() && _buffer[_position] == '"')
            {
                Append("\"");
                _position++;
                continue;
            }
            return true;
        }

        Malformed = "a quoted field is not closed before the end of the file.";
        return false;
    }

    // A CRLF or an LF inside quotes is a line of the file, so later records keep the line numbers an editor shows.
    private void CountLines(ReadOnlySpan<char> text) => _nextLine += text.Count('\n');

    private void StartField()
    {
        if (FieldCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _lengths, _lengths.Length * 2);
        }
        _starts[FieldCount] = _recordLength;
    }

    private void EndField()
    {
        _lengths[FieldCount] = _recordLength - _starts[FieldCount];
        FieldCount++;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_recordLength + text.Length > MaxRecordChars)
        {
            // A line that never ends must not grow memory with the file: keep reading it, keep none of it.
            Malformed ??= $"a record is longer than {MaxRecordChars:N0} characters.";
            return;
        }
        if (_recordLength + text.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + text.Length));
        }
        text.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += text.Length;
    }

    private bool Fill()
    {
        if (_position < _length)
        {
            return true;
        }
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
