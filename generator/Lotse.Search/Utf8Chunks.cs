using System.Buffers;
using System.Text;

namespace Lotse.Search;

/// <summary>
/// Text encoded as UTF-8 (no BOM) as it is written, in chunks below the large-object size: a writer appends to a small
/// <see cref="StringBuilder"/> and hands it over now and then (<see cref="Drain"/>), so that a shard script of hundreds of
/// MB is never held as one string (two bytes a character) nor as a builder. A surrogate pair split between two drains is
/// encoded whole; the bytes are those of <see cref="Encoding.UTF8"/> for the whole text. With a target stream, each full
/// chunk is written to it and its buffer used again: nothing is kept.
/// </summary>
internal sealed class Utf8Chunks(Stream? target = null)
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Writers drain their builder when it holds this many characters.</summary>
    public const int DrainAt = 16 * 1024;

    private readonly List<(byte[] Bytes, int Used)> _full = [];
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _current = new byte[ChunkSize];
    private int _used;
    private long _fullLength;

    /// <summary>The bytes so far (with a target stream: written to it, or still in the buffer until <see cref="Finish"/>).</summary>
    public long Length => _fullLength + _used;

    /// <summary>Drains <paramref name="text"/> once it is long enough (<see cref="DrainAt"/>).</summary>
    public void DrainIfFull(StringBuilder text)
    {
        if (text.Length >= DrainAt)
        {
            Drain(text);
        }
    }

    /// <summary>Encodes what <paramref name="text"/> holds and empties it.</summary>
    public void Drain(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            Append(chunk.Span, flush: false);
        }
        text.Clear();
    }

    /// <summary>Encodes the rest of <paramref name="text"/> and ends the text (a lone surrogate left over becomes U+FFFD).</summary>
    public void Finish(StringBuilder text)
    {
        Drain(text);
        Append([], flush: true);
        if (target is not null)
        {
            Spill();
        }
    }

    /// <summary>Writes the bytes kept (without a target stream) to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        foreach (var (bytes, used) in _full)
        {
            stream.Write(bytes, 0, used);
        }
        stream.Write(_current, 0, _used);
    }

    /// <summary>The bytes of <paramref name="parts"/> one after the other, without copying them.</summary>
    public static ReadOnlySequence<byte> Join(IEnumerable<Utf8Chunks> parts)
    {
        Segment? first = null;
        Segment? last = null;
        foreach (var part in parts)
        {
            foreach (var (bytes, used) in part._full.Append((part._current, part._used)))
            {
                if (used == 0)
                {
                    continue;
                }
                var segment = new Segment(bytes.AsMemory(0, used), last is null ? 0 : last.RunningIndex + last.Memory.Length);
                if (last is null)
                {
                    first = segment;
                }
                else
                {
                    last.Next = segment;
                }
                last = segment;
            }
        }
        return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public new Segment? Next
        {
            get => (Segment?)base.Next;
            set => base.Next = value;
        }
    }

    private void Append(ReadOnlySpan<char> chars, bool flush)
    {
        do
        {
            // Four bytes hold any character or surrogate pair: with that much room the encoder always gets on.
            if (ChunkSize - _used < 4)
            {
                if (target is not null)
                {
                    Spill();
                }
                else
                {
                    _full.Add((_current, _used));
                    _fullLength += _used;
                    _current = new byte[ChunkSize];
                    _used = 0;
                }
            }
            _encoder.Convert(chars, _current.AsSpan(_used), flush, out var charsUsed, out var bytesUsed, out _);
            if (charsUsed == 0 && bytesUsed == 0 && !chars.IsEmpty)
            {
                throw new InvalidOperationException("The UTF-8 encoder made no progress.");
            }
            _used += bytesUsed;
            chars = chars[charsUsed..];
        }
        while (!chars.IsEmpty);
    }

    private void Spill()
    {
        target!.Write(_current, 0, _used);
        _fullLength += _used;
        _used = 0;
    }
}
