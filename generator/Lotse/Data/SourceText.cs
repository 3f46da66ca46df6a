using System.Text;

namespace Lotse.Data;

/// <summary>Reads a text file as strict UTF-8 (a BOM is allowed and dropped), with line endings made '\n'.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text, or null and a reason when the file cannot be read as UTF-8 text.</summary>
    public static string? Read(string path, out string? problem)
    {
        problem = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException) { problem = "The file vanished while the build was reading it. Build again"; return null; }
        catch (DirectoryNotFoundException) { problem = "The file vanished while the build was reading it. Build again"; return null; }
        catch (UnauthorizedAccessException) { problem = "The file cannot be read (no permission). Give the build read access to it"; return null; }
        catch (IOException e) { problem = $"The file cannot be read ({e.Message.TrimEnd('.')}). Check the file"; return null; }

        var span = bytes.AsSpan();
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
}
