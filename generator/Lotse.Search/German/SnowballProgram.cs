using System.Runtime.CompilerServices;
namespace Lotse.Search.German;

/// <summary>
/// The Snowball runtime as used by lunr-languages (lunr.stemmer.support.js), ported so that the
/// German stemmer behaves identically, UTF-16 code unit by code unit.
/// </summary>
internal sealed class SnowballProgram
{
    // The word being stemmed: _current[.._length].
    private char[] _current = new char[32];
    private int _length;

    public int Bra;
    public int Ket;
    public int Limit;
    public int Cursor;
    public int LimitBackward;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetCurrent(string word)
    {
        if (word.Length > _current.Length)
        {
            _current = new char[Math.Max(word.Length, _current.Length * 2)];
        }
        word.CopyTo(_current);
        _length = word.Length;
        Cursor = 0;
        Limit = word.Length;
        LimitBackward = 0;
        Bra = Cursor;
        Ket = Limit;
    }

    public string GetCurrent() => new(_current, 0, _length);

    private static bool InSet(byte[] set, int ch)
    {
        var slot = ch >> 3;
        return slot < set.Length && (set[slot] & (1 << (ch & 7))) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool InGrouping(byte[] set, int min, int max)
    {
        if (Cursor < Limit)
        {
            int ch = _current[Cursor];
            if (ch <= max && ch >= min && InSet(set, ch - min))
            {
                Cursor++;
                return true;
            }
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool InGroupingBackward(byte[] set, int min, int max)
    {
        if (Cursor > LimitBackward)
        {
            int ch = _current[Cursor - 1];
            if (ch <= max && ch >= min && InSet(set, ch - min))
            {
                Cursor--;
                return true;
            }
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool OutGrouping(byte[] set, int min, int max)
    {
        if (Cursor < Limit)
        {
            int ch = _current[Cursor];
            if (ch > max || ch < min || !InSet(set, ch - min))
            {
                Cursor++;
                return true;
            }
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool EqualsForward(string s)
    {
        if (Limit - Cursor < s.Length)
        {
            return false;
        }
        for (var i = 0; i < s.Length; i++)
        {
            if (_current[Cursor + i] != s[i])
            {
                return false;
            }
        }
        Cursor += s.Length;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool EqualsBackward(string s)
    {
        if (Cursor - LimitBackward < s.Length)
        {
            return false;
        }
        for (var i = 0; i < s.Length; i++)
        {
            if (_current[Cursor - s.Length + i] != s[i])
            {
                return false;
            }
        }
        Cursor -= s.Length;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int FindAmong(Among[] v)
    {
        int i = 0, j = v.Length, c = Cursor, l = Limit, commonI = 0, commonJ = 0;
        var firstKeyInspected = false;
        while (true)
        {
            int k = i + ((j - i) >> 1), diff = 0, common = commonI < commonJ ? commonI : commonJ;
            var w = v[k];
            for (var i2 = common; i2 < w.Text.Length; i2++)
            {
                if (c + common == l)
                {
                    diff = -1;
                    break;
                }
                diff = _current[c + common] - w.Text[i2];
                if (diff != 0)
                {
                    break;
                }
                common++;
            }
            if (diff < 0)
            {
                j = k;
                commonJ = common;
            }
            else
            {
                i = k;
                commonI = common;
            }
            if (j - i <= 1)
            {
                if (i > 0 || j == i || firstKeyInspected)
                {
                    break;
                }
                firstKeyInspected = true;
            }
        }
        while (true)
        {
            var w = v[i];
            if (commonI >= w.Text.Length)
            {
                Cursor = c + w.Text.Length;
                return w.Result;
            }
            i = w.SubstringIndex;
            if (i < 0)
            {
                return 0;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int FindAmongBackward(Among[] v)
    {
        int i = 0, j = v.Length, c = Cursor, lb = LimitBackward, commonI = 0, commonJ = 0;
        var firstKeyInspected = false;
        while (true)
        {
            int k = i + ((j - i) >> 1), diff = 0, common = commonI < commonJ ? commonI : commonJ;
            var w = v[k];
            for (var i2 = w.Text.Length - 1 - common; i2 >= 0; i2--)
            {
                if (c - common == lb)
                {
                    diff = -1;
                    break;
                }
                diff = _current[c - 1 - common] - w.Text[i2];
                if (diff != 0)
                {
                    break;
                }
                common++;
            }
            if (diff < 0)
            {
                j = k;
                commonJ = common;
            }
            else
            {
                i = k;
                commonI = common;
            }
            if (j - i <= 1)
            {
                if (i > 0 || j == i || firstKeyInspected)
                {
                    break;
                }
                firstKeyInspected = true;
            }
        }
        while (true)
        {
            var w = v[i];
            if (commonI >= w.Text.Length)
            {
                Cursor = c - w.Text.Length;
                return w.Result;
            }
            i = w.SubstringIndex;
            if (i < 0)
            {
                return 0;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Replace(int cBra, int cKet, string s)
    {
        var adjustment = s.Length - (cKet - cBra);
        if (_length + adjustment > _current.Length)
        {
            Array.Resize(ref _current, Math.Max(_length + adjustment, _current.Length * 2));
        }
        // the tail after cKet moves to cBra + s.Length, then s goes in at cBra
        _current.AsSpan(cKet, _length - cKet).CopyTo(_current.AsSpan(cKet + adjustment));
        s.AsSpan().CopyTo(_current.AsSpan(cBra));
        _length += adjustment;
        Limit += adjustment;
        if (Cursor >= cKet)
        {
            Cursor += adjustment;
        }
        else if (Cursor > cBra)
        {
            Cursor = cBra;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SliceFrom(string s)
    {
        if (Bra < 0 || Bra > Ket || Ket > Limit || Limit > _length)
        {
            throw new InvalidOperationException("faulty slice operation");
        }
        Replace(Bra, Ket, s);
    }

    public void SliceDelete() => SliceFrom("");
}
