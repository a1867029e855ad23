using System.Text;

namespace VirtualSchool.Benchmarks;

/// <summary>A feed file of any length, written as it is read: the benchmark holds no file, whatever its size.</summary>
public sealed class SyntheticFeedStream(IEnumerable<(int Pupil, DateOnly Day, short Session, string Code)> marks) : Stream
{
    private readonly IEnumerator<(int Pupil, DateOnly Day, short Session, string Code)> _marks = marks.GetEnumerator();
    private readonly byte[] _buffer = new byte[256 * 1024];
    private readonly StringBuilder _text = new();
    private int _position;
    private int _length;
    private bool _header = true;
    private bool _done;

    public long Rows { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position == _length && !Fill())
        {
            return 0;
        }
        int take = Math.Min(count, _length - _position);
        Array.Copy(_buffer, _position, buffer, offset, take);
        _position += take;
        return take;
    }

    private bool Fill()
    {
        if (_done)
        {
            return false;
        }
        _text.Clear();
        if (_header)
        {
            _text.Append("upn,urn,date,session,code\n");
            _header = false;
        }
        while (_text.Length < _buffer.Length / 2 - 100)
        {
            if (!_marks.MoveNext())
            {
                _done = true;
                break;
            }
            var (pupil, day, session, code) = _marks.Current;
            _text.Append(SyntheticMarks.Upn(pupil)).Append(',').Append(SyntheticMarks.Urn).Append(',')
                .Append(day.ToString("yyyy-MM-dd")).Append(session == 0 ? ",AM," : ",PM,").Append(code).Append('\n');
            Rows++;
        }
        _length = Encoding.UTF8.GetBytes(_text.ToString(), _buffer);
        _position = 0;
        return _length > 0;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
