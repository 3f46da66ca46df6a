using System.Buffers;
using System.Text;
using CsCheck;

namespace Lotse.Search.Tests.Properties;

/// <summary>Shard scripts are encoded as they are written, piece by piece, into chunks: the bytes must be those of the
/// whole text encoded at once, wherever the pieces and chunks end (also between the halves of a surrogate pair).</summary>
public sealed class Utf8ChunksProperties
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void Text_drained_in_any_pieces_is_encoded_as_the_whole_text() =>
        Gen.Select(FuzzText.Text.Array[0, 8], FuzzText.Text.Array[0, 8]).Sample((first, second) =>
        {
            var parts = new[] { Encode(first), Encode(second) };
            // Each part is a whole text of its own (a lone surrogate at the end of the first is not paired with the second).
            Utf8ChunksBytes(parts).ShouldBe([.. Utf8.GetBytes(string.Concat(first)), .. Utf8.GetBytes(string.Concat(second))]);
        }, iter: FuzzIterations.Of(2000), print: pieces => string.Join(" | ", pieces.Item1.Concat(pieces.Item2).Select(TokenizerProperties.Show)));

    [Fact]
    public void Text_longer_than_many_chunks_is_encoded_as_the_whole_text()
    {
        // One, two, three and four bytes a character, in a rhythm that puts every kind of character on chunk boundaries.
        var pieces = Enumerable.Range(0, 40_000).Select(i => (i % 7) switch
        {
            0 => "a",
            1 => "ä",
            2 => "€",
            3 => "\uD83D\uDE00",
            4 => "\uD83D",
            5 => "\uDE00 Antragsverfahren ",
            _ => "ß\u2028",
        }).ToArray();

        var bytes = Utf8ChunksBytes([Encode(pieces)]);

        bytes.Length.ShouldBeGreaterThan(3 * 64 * 1024);
        bytes.ShouldBe(Utf8.GetBytes(string.Concat(pieces)));
    }

    [Fact]
    public void Nothing_written_is_no_bytes() =>
        Utf8ChunksBytes([Encode([]), Encode([""])]).ShouldBeEmpty();

    private static Utf8Chunks Encode(IEnumerable<string> pieces)
    {
        var chunks = new Utf8Chunks();
        var output = new StringBuilder();
        foreach (var piece in pieces)
        {
            output.Append(piece);
            chunks.Drain(output);
        }
        chunks.Finish(output);
        return chunks;
    }

    private static byte[] Utf8ChunksBytes(IEnumerable<Utf8Chunks> parts) => Utf8Chunks.Join(parts).ToArray();
}
