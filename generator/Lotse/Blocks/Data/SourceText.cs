using System.Buffers;
using System.Globalization;
using System.Text;

namespace Lotse.Blocks.Data;

/// <summary>Reads a text file as strict UTF-8 (a BOM is allowed and dropped), with line endings made '\n'.
/// Files larger than <see cref="MaxBytes"/> are refused before they are read, so memory stays bounded.</summary>
internal static class SourceText
{
    /// <summary>The largest source file Lotse reads (the largest file of the repository's own site has 15 KB).</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text, or null and a reason when the file cannot be read as UTF-8 text.</summary>
    public static string? Read(string path, out string? problem)
    {
        problem = null;
        byte[] bytes;
        int length;
        try
        {
            bytes = ReadBounded(path, out length, out problem);
        }
        catch (FileNotFoundException) { problem = "The file vanished while the build was reading it. Build again"; return null; }
        catch (DirectoryNotFoundException) { problem = "The file vanished while the build was reading it. Build again"; return null; }
        catch (UnauthorizedAccessException) { problem = "The file cannot be read (no permission). Give the build read access to it"; return null; }
        catch (IOException e) { problem = $"The file cannot be read ({e.Message.TrimEnd('.')}). Check the file"; return null; }
        try
        {
            return problem is null ? Decode(bytes.AsSpan(0, length), out problem) : null;
        }
        finally
        {
            if (bytes.Length > 0) ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string? Decode(ReadOnlySpan<byte> span, out string? problem)
    {
        problem = null;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        if (span.IndexOf((byte)0) >= 0)
        {
            problem = "The file is binary, not text (it contains NUL bytes). Remove it or give it another extension";
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"The file is not valid UTF-8 (at byte {e.Index}). Save it as UTF-8";
            return null;
        }
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes, so neither a huge file nor a device that never
    /// ends (<c>/dev/zero</c>) can fill the memory. The bytes are the first <paramref name="length"/> of a pooled
    /// buffer (sized by the file's length, so a file is read in one go), which the caller returns to the pool.</summary>
    private static byte[] ReadBounded(string path, out int length, out string? problem)
    {
        problem = null;
        length = 0;
        using var stream = NonBlockingFile.OpenRead(path);
        if (stream is null)
        {
            problem = "The file is not a regular file (it is a named pipe or socket). Remove it from the site's folders";
            return [];
        }
        if (stream.Length > MaxBytes)
        {
            problem = TooLarge(stream.Length);
            return [];
        }
        // One byte more than the file's length, so that a file that grew meanwhile is noticed (and read on).
        var buffer = ArrayPool<byte>.Shared.Rent((int)stream.Length + 1);
        try
        {
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length > MaxBytes)
                {
                    problem = TooLarge(null);
                    length = 0;
                    return buffer;
                }
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            return buffer;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static string TooLarge(long? bytes) =>
        $"The file has {(bytes is { } b ? b.ToString("N0", CultureInfo.InvariantCulture) : "more than " + MaxBytes.ToString("N0", CultureInfo.InvariantCulture))} bytes; " +
        $"Lotse reads files of up to {MaxBytes / 1024 / 1024} MB. Split it into smaller files";
}
