using System.Text;
using Lotse.Features.Print;

namespace Lotse.Tests.Print;

/// <summary>Issue 26: a chapter is written as UTF-8 into a buffer reused from chapter to chapter and kept in slabs.</summary>
public sealed class ChapterBytesTests
{
    [Theory]
    [InlineData("plain text")]
    [InlineData("a & b < c > d \"e\" 'f'")]
    [InlineData("Ärger \U0001F600 & mehr")]
    [InlineData("lone \uD800 surrogate & \uDC00")]
    public void Escaped_text_is_the_UTF_8_of_the_escaped_string(string text)
    {
        var buffer = new Utf8Buffer();
        buffer.Append("<p>"u8).AppendEscaped(text).Append("</p>");
        buffer.Written.ToArray().ShouldBe(Encoding.UTF8.GetBytes("<p>" + Lotse.Blocks.Html.HtmlEscape.Text(text) + "</p>"));
    }

    [Fact]
    public void The_sentinel_after_a_chapter_s_bytes_is_the_UTF_8_of_the_one_after_a_text() =>
        PieceFacts.SentinelUtf8.ToArray().ShouldBe(Encoding.UTF8.GetBytes(PieceFacts.Sentinel));

    [Fact]
    public void The_buffer_grows_for_a_big_chapter_and_starts_anew_when_its_length_is_reset()
    {
        var buffer = new Utf8Buffer();
        var big = new string('x', 200_000) + "ü";
        buffer.Append(big);
        buffer.Written.ToArray().ShouldBe(Encoding.UTF8.GetBytes(big));
        buffer.Length = 0;
        buffer.Append("neu");
        buffer.Written.ToArray().ShouldBe("neu"u8.ToArray());
    }

    [Fact]
    public void Kept_chapters_stay_as_they_were_across_slabs_and_a_big_one_is_kept_whole()
    {
        var slabs = new ChapterSlabs();
        var chapters = Enumerable.Range(0, 400).Select(i => Enumerable.Repeat((byte)i, 5_000 + i).ToArray()).ToList();
        chapters.Add(Enumerable.Repeat((byte)7, ChapterSlabs.SlabSize / 2).ToArray());
        var kept = chapters.Select(c => slabs.Keep(c)).ToList(); // 2 MB and more: several slabs
        for (var i = 0; i < chapters.Count; i++) kept[i].ToArray().ShouldBe(chapters[i], $"chapter {i}");
        EditionBytes.Splice("<a>"u8, kept, "</a>"u8).ShouldBe([.. "<a>"u8.ToArray(), .. chapters.SelectMany(c => c), .. "</a>"u8.ToArray()]);
    }
}
