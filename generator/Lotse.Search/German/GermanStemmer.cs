using System.Runtime.CompilerServices;
namespace Lotse.Search.German;

/// <summary>
/// The Snowball German stemmer exactly as lunr-languages ships it in lunr.de.js (its "stemmer-de"),
/// ported so that C# and the browser reduce every word to the same stem.
/// An instance reuses one buffer: use it from one thread at a time.
/// </summary>
internal sealed class GermanStemmer
{
    private static readonly Among[] A0 =
    [
        new("", -1, 6), new("U", 0, 2), new("Y", 0, 1), new("\u00E4", 0, 3), new("\u00F6", 0, 4), new("\u00FC", 0, 5),
    ];

    private static readonly Among[] A1 =
    [
        new("e", -1, 2), new("em", -1, 1), new("en", -1, 2), new("ern", -1, 1), new("er", -1, 1), new("s", -1, 3),
        new("es", 5, 2),
    ];

    private static readonly Among[] A2 = [new("en", -1, 1), new("er", -1, 1), new("st", -1, 2), new("est", 2, 1)];

    private static readonly Among[] A3 = [new("ig", -1, 1), new("lich", -1, 1)];

    private static readonly Among[] A4 =
    [
        new("end", -1, 1), new("ig", -1, 2), new("ung", -1, 1), new("lich", -1, 3), new("isch", -1, 2),
        new("ik", -1, 2), new("heit", -1, 3), new("keit", -1, 4),
    ];

    private static readonly byte[] Vowels = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32, 8];
    private static readonly byte[] SEnding = [117, 30, 5];
    private static readonly byte[] StEnding = [117, 30, 4];

    private readonly SnowballProgram _p = new();
    private int _x;
    private int _p1;
    private int _p2;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Stem(string word)
    {
        _p.SetCurrent(word);
        var v1 = _p.Cursor;
        Prelude();
        _p.Cursor = v1;
        MarkRegions();
        _p.LimitBackward = v1;
        _p.Cursor = _p.Limit;
        StandardSuffix();
        _p.Cursor = _p.LimitBackward;
        Postlude();
        return _p.GetCurrent();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MarkVowelBetween(string lower, string upper, int restore)
    {
        if (_p.EqualsForward(lower))
        {
            _p.Ket = _p.Cursor;
            if (_p.InGrouping(Vowels, 97, 252))
            {
                _p.SliceFrom(upper);
                _p.Cursor = restore;
                return true;
            }
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Prelude()
    {
        var v1 = _p.Cursor;
        while (true)
        {
            var v2 = _p.Cursor;
            _p.Bra = v2;
            if (_p.EqualsForward("\u00DF"))
            {
                _p.Ket = _p.Cursor;
                _p.SliceFrom("ss");
            }
            else
            {
                if (v2 >= _p.Limit)
                {
                    break;
                }
                _p.Cursor = v2 + 1;
            }
        }
        _p.Cursor = v1;
        while (true)
        {
            var v3 = _p.Cursor;
            while (true)
            {
                var v4 = _p.Cursor;
                if (_p.InGrouping(Vowels, 97, 252))
                {
                    var v5 = _p.Cursor;
                    _p.Bra = v5;
                    if (MarkVowelBetween("u", "U", v4))
                    {
                        break;
                    }
                    _p.Cursor = v5;
                    if (MarkVowelBetween("y", "Y", v4))
                    {
                        break;
                    }
                }
                if (v4 >= _p.Limit)
                {
                    _p.Cursor = v3;
                    return;
                }
                _p.Cursor = v4 + 1;
            }
        }
    }

    /// <summary>Skips to the next vowel, then past it to the next non-vowel; true when the word ends first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SkipVowelThenNonVowel()
    {
        while (!_p.InGrouping(Vowels, 97, 252))
        {
            if (_p.Cursor >= _p.Limit)
            {
                return true;
            }
            _p.Cursor++;
        }
        while (!_p.OutGrouping(Vowels, 97, 252))
        {
            if (_p.Cursor >= _p.Limit)
            {
                return true;
            }
            _p.Cursor++;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkRegions()
    {
        _p1 = _p.Limit;
        _p2 = _p1;
        var c = _p.Cursor + 3;
        if (0 <= c && c <= _p.Limit)
        {
            _x = c;
            if (!SkipVowelThenNonVowel())
            {
                _p1 = _p.Cursor;
                if (_p1 < _x)
                {
                    _p1 = _x;
                }
                if (!SkipVowelThenNonVowel())
                {
                    _p2 = _p.Cursor;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Postlude()
    {
        while (true)
        {
            var v1 = _p.Cursor;
            _p.Bra = v1;
            var among = _p.FindAmong(A0);
            if (among == 0)
            {
                return;
            }
            _p.Ket = _p.Cursor;
            switch (among)
            {
                case 1:
                    _p.SliceFrom("y");
                    break;
                case 2:
                case 5:
                    _p.SliceFrom("u");
                    break;
                case 3:
                    _p.SliceFrom("a");
                    break;
                case 4:
                    _p.SliceFrom("o");
                    break;
                case 6:
                    if (_p.Cursor >= _p.Limit)
                    {
                        return;
                    }
                    _p.Cursor++;
                    break;
            }
        }
    }

    private bool InR1() => _p1 <= _p.Cursor;

    private bool InR2() => _p2 <= _p.Cursor;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StandardSuffix()
    {
        var v1 = _p.Limit - _p.Cursor;
        _p.Ket = _p.Cursor;
        var among = _p.FindAmongBackward(A1);
        if (among != 0)
        {
            _p.Bra = _p.Cursor;
            if (InR1())
            {
                switch (among)
                {
                    case 1:
                        _p.SliceDelete();
                        break;
                    case 2:
                        _p.SliceDelete();
                        _p.Ket = _p.Cursor;
                        if (_p.EqualsBackward("s"))
                        {
                            _p.Bra = _p.Cursor;
                            if (_p.EqualsBackward("nis"))
                            {
                                _p.SliceDelete();
                            }
                        }
                        break;
                    case 3:
                        if (_p.InGroupingBackward(SEnding, 98, 116))
                        {
                            _p.SliceDelete();
                        }
                        break;
                }
            }
        }

        _p.Cursor = _p.Limit - v1;
        _p.Ket = _p.Cursor;
        among = _p.FindAmongBackward(A2);
        if (among != 0)
        {
            _p.Bra = _p.Cursor;
            if (InR1())
            {
                switch (among)
                {
                    case 1:
                        _p.SliceDelete();
                        break;
                    case 2:
                        if (_p.InGroupingBackward(StEnding, 98, 116))
                        {
                            var c = _p.Cursor - 3;
                            if (_p.LimitBackward <= c && c <= _p.Limit)
                            {
                                _p.Cursor = c;
                                _p.SliceDelete();
                            }
                        }
                        break;
                }
            }
        }

        _p.Cursor = _p.Limit - v1;
        _p.Ket = _p.Cursor;
        among = _p.FindAmongBackward(A4);
        if (among == 0)
        {
            return;
        }
        _p.Bra = _p.Cursor;
        if (!InR2())
        {
            return;
        }
        switch (among)
        {
            case 1:
                _p.SliceDelete();
                _p.Ket = _p.Cursor;
                if (_p.EqualsBackward("ig"))
                {
                    _p.Bra = _p.Cursor;
                    var v2 = _p.Limit - _p.Cursor;
                    if (!_p.EqualsBackward("e"))
                    {
                        _p.Cursor = _p.Limit - v2;
                        if (InR2())
                        {
                            _p.SliceDelete();
                        }
                    }
                }
                break;
            case 2:
                var v3 = _p.Limit - _p.Cursor;
                if (!_p.EqualsBackward("e"))
                {
                    _p.Cursor = _p.Limit - v3;
                    _p.SliceDelete();
                }
                break;
            case 3:
                _p.SliceDelete();
                _p.Ket = _p.Cursor;
                var v4 = _p.Limit - _p.Cursor;
                if (!_p.EqualsBackward("er"))
                {
                    _p.Cursor = _p.Limit - v4;
                    if (!_p.EqualsBackward("en"))
                    {
                        break;
                    }
                }
                _p.Bra = _p.Cursor;
                if (InR1())
                {
                    _p.SliceDelete();
                }
                break;
            case 4:
                _p.SliceDelete();
                _p.Ket = _p.Cursor;
                var among3 = _p.FindAmongBackward(A3);
                if (among3 != 0)
                {
                    _p.Bra = _p.Cursor;
                    if (InR2() && among3 == 1)
                    {
                        _p.SliceDelete();
                    }
                }
                break;
        }
    }
}
