using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Config;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Templates;

/// <summary>
/// Adds a Word file (<c>.docx</c>, <see cref="WordDocument"/>) beside each template among the content files
/// (<see cref="TemplateSettings"/>): <c>content/formulare/steckbrief-vorlage.markdown</c> gives
/// <c>formulare/steckbrief-vorlage.docx</c>. The Word document carries the template's title and its files (Word,
/// the Markdown itself, a CSV file of the same name if there is one) with their sizes (<see cref="TemplateKeys"/>).
/// </summary>
internal sealed class MakeWordTemplates : IModule
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var settings = TemplateSettings.From(context.Config.Values);
        foreach (var problem in settings.Problems)
        {
            var (line, column) = context.Config.At(problem);
            context.Diagnostics.Warning(DiagnosticCodes.TemplateSettingsInvalid, SiteConfig.FileName, line, column, problem.Message);
        }
        if (settings.Patterns.Count == 0) return Task.FromResult(inputs);

        var byOutput = inputs.Where(d => d.OutputPath.Length > 0).GroupBy(d => d.OutputPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var added = new List<Document>();
        foreach (var template in inputs.Where(d => d.SourcePath.StartsWith("content/", StringComparison.Ordinal) && settings.IsTemplate(d.ContentPath())))
            if (Word(template, byOutput, context) is { } word) added.Add(word);
        return Task.FromResult(inputs.AddRange(added));
    }

    private static Document? Word(Document template, Dictionary<string, Document> byOutput, BuildContext context)
    {
        var output = Path.ChangeExtension(template.OutputPath, ".docx");
        if (byOutput.ContainsKey(output))
        {
            context.Diagnostics.Warning(DiagnosticCodes.TemplateNotConverted, template.SourcePath, 0, 0,
                $"'{output}' exists already, so the template gets no Word file. Rename one of them");
            return null;
        }
        var file = Path.Combine(context.Options.Root, template.SourcePath);
        var text = SourceText.Read(file, out var problem);
        if (text is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, template.SourcePath, 0, 0, problem!);
            return null;
        }
        var title = Title(text) ?? Path.GetFileNameWithoutExtension(template.SourcePath);
        byte[] bytes;
        try
        {
            bytes = context.Reuse(cache => cache.Slot<TemplatesCache>().Word,
                () => new Fingerprint().Add(nameof(MakeWordTemplates)).Add(text).Add(title).Add(context.Config.Language).Value,
                () => WordDocument.FromMarkdown(text, title, context.Config.Language))!;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or IOException)
        {
            context.Diagnostics.Warning(DiagnosticCodes.TemplateNotConverted, template.SourcePath, 0, 0,
                $"The template could not be written as a Word file ({e.Message}). Simplify its Markdown");
            return null;
        }

        var files = new List<object?> { File("DOCX", output, bytes.LongLength) };
        files.Add(File("Markdown", template.OutputPath, new FileInfo(file).Length));
        var csv = Path.ChangeExtension(template.OutputPath, ".csv");
        if (byOutput.TryGetValue(csv, out var csvDocument) && csvDocument.Body is FileCopyBody copy && System.IO.File.Exists(copy.SourceFile))
            files.Add(File("CSV", csv, new FileInfo(copy.SourceFile).Length));

        var source = Path.ChangeExtension(template.SourcePath, ".docx");
        return new Document(source, output, "", Metadata.Empty
            .Set(TemplateKeys.Title, title)
            .Set(TemplateKeys.Files, files))
        { Body = DocumentBody.Utf8(new ReadOnlySequence<byte>(bytes)) };
    }

    private static Dictionary<string, object?> File(string format, string output, long bytes) => new(StringComparer.Ordinal)
    {
        ["format"] = format,
        ["output"] = output,
        ["bytes"] = bytes,
        ["size"] = Size(bytes),
    };

    /// <summary>"850 Byte", "12 KB", "1,2 MB" (1 KB = 1024 bytes, rounded up).</summary>
    public static string Size(long bytes) =>
        bytes < 1024 ? bytes.ToString(German) + " Byte"
        : bytes < 1024 * 1024 ? Math.Ceiling(bytes / 1024.0).ToString("0", German) + " KB"
        : Math.Round(bytes / (1024.0 * 1024.0), 1, MidpointRounding.AwayFromZero).ToString("0.0", German) + " MB";

    /// <summary>The text of the first heading (<c># Projektsteckbrief</c>).</summary>
    private static string? Title(string markdown) =>
        markdown.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();
}
