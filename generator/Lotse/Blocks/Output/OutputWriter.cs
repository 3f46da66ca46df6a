using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;

namespace Lotse.Blocks.Output;

/// <summary>
/// The one place that writes into the output. A build writes either into a new staging folder that is swapped in
/// when it succeeds (<c>lotse build</c>, the first build of <c>lotse serve</c>), or in place into the output, replacing
/// each changed file whole (later rebuilds of <c>lotse serve</c>), or nowhere (<c>lotse check</c>). Modules hand it
/// documents, bytes or a stream and never ask which of these it is.
/// </summary>
public sealed class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly OutputFolder? _folder;
    private readonly OutputRecord? _record;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _inPlace;
    private readonly OutputLock? _lock;
    private readonly HashSet<string> _lotseFiles;
    private readonly ConcurrentDictionary<string, Document> _documents = new(StringComparer.Ordinal);

    private OutputWriter(OutputFolder? folder, string directory, bool inPlace, OutputRecord? record, DiagnosticBag diagnostics, OutputLock? outputLock,
        HashSet<string>? lotseFiles = null)
    {
        _folder = folder;
        Directory = directory;
        _inPlace = inPlace;
        _record = record;
        _diagnostics = diagnostics;
        _lock = outputLock;
        _lotseFiles = lotseFiles ?? (inPlace && folder is not null ? folder.PreviousFiles() : []);
    }

    /// <summary>In place: another writer into the same output that knows the same files as Lotse's (without reading the
    /// output's list of them again), with its own claims and diagnostics: <c>lotse serve</c>'s fast lane writes a page with it.</summary>
    public OutputWriter Again(DiagnosticBag diagnostics) => _inPlace
        ? new(_folder, Directory, true, _record, diagnostics, null, _lotseFiles)
        : throw new InvalidOperationException("Only a writer into the output in place writes again.");

    /// <summary>A writer for a build that writes nothing.</summary>
    public static OutputWriter None(DiagnosticBag diagnostics) => new(null, "", false, null, diagnostics, null);

    /// <summary>Writes into a new staging folder next to <paramref name="folder"/>, swapped in by <see cref="Finish"/>;
    /// <paramref name="outputLock"/> (this build's, <see cref="OutputLock"/>) is released when the build ends.</summary>
    public static OutputWriter IntoStaging(OutputFolder folder, OutputRecord? record, DiagnosticBag diagnostics, OutputLock? outputLock = null) =>
        new(folder, folder.CreateStaging(), false, record, diagnostics, outputLock);

    /// <summary>Updates the output folder of an earlier build in place, writing only what changed.</summary>
    public static OutputWriter InPlace(OutputFolder folder, OutputRecord record, DiagnosticBag diagnostics, OutputLock? outputLock = null) =>
        new(folder, folder.Path, true, record, diagnostics, outputLock);

    /// <summary>The folder files go to: the staging folder or the output itself; empty when nothing is written.</summary>
    internal string Directory { get; }

    public bool WritesNothing => _folder is null;

    /// <summary>A path in the staging folder as the output path it stands for (for messages).</summary>
    public string Shown(string path) =>
        _folder is not null && !_inPlace && path.StartsWith(Directory, StringComparison.Ordinal) ? _folder.Path + path[Directory.Length..] : path;

    /// <summary>In place: whether a file written from the same document as before is looked for on disk before it is left
    /// alone (true). A rebuild's first stage in <c>lotse serve</c> trusts the record instead (a stat of every output file
    /// was about 38 ms at 10,000 pages); its second stage looks for the missing ones (<c>StagedBuild</c>).</summary>
    public bool ChecksExistence { get; set; } = true;

    /// <summary>True when files are replaced in the live output (a rebuild in <c>lotse serve</c>).</summary>
    public bool IsInPlace => _inPlace;

    /// <summary>Writes documents (those with an output path, except what was streamed already): each changed one, on all
    /// cores; in place, a file written from the same document as before is left alone.</summary>
    public void Write(IReadOnlyList<Document> documents, CancellationToken cancellation)
    {
        if (WritesNothing) return;
        var candidates = documents.Where(d => d.OutputPath.Length > 0 && d.Body is not StreamedBody && Claim(d)).ToList();
        var changed = new bool[candidates.Count];
        var options = new ParallelOptions { CancellationToken = cancellation };
        Parallel.For(0, candidates.Count, options, i => changed[i] = !IsUnchanged(candidates[i]));
        var toWrite = candidates.Where((_, i) => changed[i] && !IsForeignInPlace(candidates[i].OutputPath, candidates[i].SourcePath)).ToList();
        // Each folder once (creating it for every file was a third of the writing), then the files.
        foreach (var folder in toWrite.Select(d => Path.GetDirectoryName(PathOf(d.OutputPath))!).Distinct(StringComparer.Ordinal))
            System.IO.Directory.CreateDirectory(folder);
        Parallel.ForEach(toWrite, options, WriteDocument);
    }

    /// <summary>Writes a file made of bytes in pieces, unless the same bytes are known to be there.</summary>
    public void WriteFile(string path, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        if (WritesNothing || !IsNew(path, () => OutputRecord.Of(pieces)) || IsForeignInPlace(path, path)) return;
        var target = Prepare(path);
        if (_inPlace)
        {
            var bytes = new byte[pieces.Sum(p => p.Length)];
            var at = 0;
            foreach (var piece in pieces)
            {
                piece.Span.CopyTo(bytes.AsSpan(at));
                at += piece.Length;
            }
            WholeFile.Write(target, bytes);
            return;
        }
        using var file = EmptyFile.Open(target);
        RandomAccess.Write(file, pieces, 0);
    }

    public void WriteFile(string path, byte[] bytes) => WriteFile(path, [bytes]);

    /// <summary>Writes files made of pieces (<see cref="WriteFile(string, IReadOnlyList{ReadOnlyMemory{byte}})"/>), made when
    /// each is written, folder by folder (<see cref="FolderByFolder"/>), one worker a core.</summary>
    public void WriteFiles<T>(IReadOnlyList<T> files, Func<T, string> pathOf, Func<T, IReadOnlyList<ReadOnlyMemory<byte>>> piecesOf)
    {
        if (WritesNothing) return;
        FolderByFolder.Write(files, file => Path.GetDirectoryName(PathOf(pathOf(file)))!, file => WriteFile(pathOf(file), piecesOf(file)),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });
    }

    /// <summary>Streams a file too big to hold in memory: <paramref name="write"/> writes its <paramref name="length"/>
    /// bytes; <paramref name="fingerprint"/> changes whenever they do (asked only in <c>lotse serve</c>).</summary>
    public void WriteFile(string path, long length, Action<Stream> write, Func<UInt128> fingerprint)
    {
        if (WritesNothing || !IsNew(path, fingerprint) || IsForeignInPlace(path, path)) return;
        WholeFile.Write(Prepare(path), length, write);
    }

    /// <summary>A stream to write a file into while the build runs, when nobody can see it before the build is checked
    /// (a new staging folder); null otherwise: then the file is handed over as a document, written once all is checked.
    /// A document for a file written so has the body <see cref="DocumentBody.Streamed"/>.</summary>
    public Func<string, Stream>? EarlyStreams => WritesNothing || _inPlace ? null : path =>
        EmptyFile.Stream(Prepare(path));

    /// <summary>The bytes of a document as they are (or will be) written; null when a copied file cannot be read.</summary>
    public byte[]? BytesOf(Document document) => document.Body switch
    {
        Utf8Body utf8 => utf8.Bytes.ToArray(),
        TextBody => Utf8.GetBytes(document.Content),
        _ => WrittenFile(document.OutputPath) is { } file ? File.ReadAllBytes(file) : null,
    };

    /// <summary>The bytes of a document as <see cref="BytesOf"/> gives them, without copying those it holds as UTF-8 in one
    /// piece (a page: the offline archive reads every page, 210 MB at 10,000 pages, and copied each twice).</summary>
    public ReadOnlyMemory<byte>? MemoryOf(Document document) =>
        document.Body is Utf8Body { Bytes: { IsSingleSegment: true } utf8 } ? utf8.First : BytesOf(document);

    /// <summary>The full path of a file this build has written, or null when it is not there.</summary>
    public string? WrittenFile(string path) => !WritesNothing && File.Exists(PathOf(path)) ? PathOf(path) : null;

    /// <summary>Ends the build: a failed build leaves the output as it was; a successful one is swapped in (or, in place,
    /// the files the previous build wrote and this one did not are removed). Returns the foreign things of the old output
    /// (kept). A foreign thing at the path of a written file is an error (LOT0110) naming both, and nothing is swapped in.</summary>
    /// <param name="sourceOf">The source a written file came from, for the message.</param>
    public IReadOnlyList<OutputFolder.Kept> Finish(bool failed, IReadOnlyList<string> written, Func<string, string?>? sourceOf = null)
    {
        if (_folder is null) return [];
        try
        {
            if (_inPlace)
            {
                if (!failed && !_diagnostics.HasErrors) _folder.CommitInPlace(written);
                return [];
            }
            if (failed)
            {
                Discard();
                return [];
            }
            var result = _folder.Commit(Directory, written);
            if (result.Collisions.Count > 0)
            {
                var name = Path.GetFileName(_folder.Path);
                foreach (var collision in result.Collisions)
                {
                    var source = sourceOf?.Invoke(collision.Written) is { } s ? $" (from '{s}')" : "";
                    _diagnostics.Error(DiagnosticCodes.OutputPathTaken, $"{name}/{collision.Foreign}", 0, 0,
                        $"Lotse did not write this {(collision.Foreign.EndsWith('/') ? "folder" : "file")}, and this build would write '{collision.Written}'{source} there. " +
                        "Nothing was written; move or remove the foreign file by hand, or give the page another path");
                }
                Discard();
                return [];
            }
            if (_record is not null) _record.HasOutput = true;
            return result.Kept;
        }
        finally
        {
            _lock?.Dispose();
        }
    }

    /// <summary>After a build that threw: a staging folder is removed (the output stays as it was) and the lock released.</summary>
    public void Discard()
    {
        try
        {
            if (_folder is not null && !_inPlace) OutputFolder.Discard(Directory);
        }
        finally
        {
            _lock?.Dispose();
        }
    }

    /// <summary>Each output path is written from one document only: a second document for it (a static file at a page's
    /// path, an alias at a generated file's) is an error naming both (LOT0104), and it is not written. Lotse's own
    /// bookkeeping files (the marker) cannot be taken at all. The files Lotse makes itself (the service worker, the downloads) have a
    /// document too, so an alias at their path is caught here as well.</summary>
    private bool Claim(Document document)
    {
        var path = document.OutputPath;
        if (IsReserved(path))
        {
            _diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, document.SourcePath, 0, 0,
                $"'{path}' is Lotse's own bookkeeping file in the output, so nothing else may be written there. Choose another path");
            return false;
        }
        var owner = _documents.GetOrAdd(path, document);
        if (!ReferenceEquals(owner, document) && owner != document)
        {
            // Reported at the editor's file (under content/) when one of the two is one; else at the later source path.
            var (first, second) = IsContent(document) && !IsContent(owner) ? (owner, document)
                : IsContent(owner) && !IsContent(document) ? (document, owner)
                : string.CompareOrdinal(owner.SourcePath, document.SourcePath) <= 0 ? (owner, document) : (document, owner);
            _diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, second.SourcePath, 0, 0,
                $"This file and '{first.SourcePath}' would both be written to '{path}'. Rename or move one of them");
            return false;
        }
        return true;
    }

    private static bool IsContent(Document document) => document.SourcePath.StartsWith("content/", StringComparison.Ordinal);

    private static bool IsReserved(string path) =>
        path == OutputFolder.MarkerName || path.EndsWith(".lotse-part", StringComparison.Ordinal) || path.StartsWith(".lotse-", StringComparison.Ordinal);

    /// <summary>In place (<c>lotse serve</c>): true, with an error, when something Lotse did not write is at the path of a
    /// new file (it is left alone).</summary>
    private bool IsForeignInPlace(string path, string source)
    {
        if (!_inPlace || !IsForeignPath(path)) return false;
        _diagnostics.Error(DiagnosticCodes.OutputPathTaken, $"{Path.GetFileName(_folder!.Path)}/{path}", 0, 0,
            $"Lotse did not write this file, and this build would write '{path}' (from '{source}') there. It was left alone; move or remove it by hand, or give the page another path");
        return true;
    }

    /// <summary>True when the path, or a folder on the way to it, holds something that is not Lotse's: a file not in the
    /// marker's list or a symbolic link.</summary>
    private bool IsForeignPath(string path)
    {
        var full = PathOf(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null) return true;
        if (info.Exists && !_lotseFiles.Contains(path) && !_record!.Ours.ContainsKey(path)) return true;
        if (System.IO.Directory.Exists(full)) return true;
        for (var at = path.LastIndexOf('/'); at > 0; at = path.LastIndexOf('/', at - 1))
        {
            var folder = new FileInfo(PathOf(path[..at]));
            if (folder.LinkTarget is not null || folder.Exists) return true; // a link or a file where a folder should be
        }
        return false;
    }

    private string PathOf(string path) => Path.Combine(Directory, path);

    private string Prepare(string path)
    {
        if (_inPlace) _record!.Ours[path] = true;
        var target = PathOf(path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }

    private bool IsNew(string path, Func<UInt128> fingerprint) =>
        _record is null || _record.IsNew(path, fingerprint()) || !File.Exists(PathOf(path));

    /// <summary>With a record (<c>lotse serve</c>), a file written in place from the same document as before is left
    /// alone; otherwise its new fingerprint is noted (and any filled-in version forgotten).</summary>
    private bool IsUnchanged(Document document)
    {
        if (_record is not { } record) return false;
        var key = new Fingerprint().Add(record.Fingerprints.Of(document.Content)).Add(document.Body);
        if (document.Body is FileCopyBody { SourceFile: var source } && File.Exists(source))
            key.Add(new FileInfo(source).Length).Add(File.GetLastWriteTimeUtc(source).Ticks);
        var fingerprint = key.Value;
        if (_inPlace && record.Written.TryGetValue(document.OutputPath, out var before) && before == fingerprint
            && (!ChecksExistence || File.Exists(PathOf(document.OutputPath))))
            return true;
        record.Written[document.OutputPath] = fingerprint;
        record.Filled.TryRemove(document.OutputPath, out _);
        return false;
    }

    private void WriteDocument(Document document)
    {
        if (_inPlace) _record!.Ours[document.OutputPath] = true;
        var target = PathOf(document.OutputPath);
        switch (document.Body)
        {
            case Utf8Body { Bytes: var utf8 }:
                if (_inPlace) WholeFile.Write(target, utf8.Length, stream => WriteTo(stream, utf8));
                else
                {
                    using var file = EmptyFile.Stream(target);
                    WriteTo(file, utf8);
                }
                break;
            case FileCopyBody { SourceFile: var source }:
                Copy(source, target, document.SourcePath);
                break;
            default:
                // In place (lotse serve), a file is replaced whole: the server may be reading it.
                if (_inPlace) WholeFile.Write(target, Utf8.GetBytes(document.Content));
                else
                {
                    using var file = EmptyFile.Open(target);
                    RandomAccess.Write(file, Utf8.GetBytes(document.Content), 0);
                }
                break;
        }
    }

    private static void WriteTo(Stream stream, ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes) stream.Write(segment.Span);
    }

    /// <summary>Copies a file; a source that vanished or cannot be read is a diagnostic (the build then fails
    /// and the staging folder is discarded), never a crash.</summary>
    private void Copy(string source, string target, string sourcePath)
    {
        try
        {
            if (_inPlace) WholeFile.Copy(source, target);
            else File.Copy(source, target, overwrite: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            _diagnostics.Error(DiagnosticCodes.FileUnreadable, sourcePath, 0, 0, "The file vanished while the build was reading it. Build again");
        }
        catch (UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticCodes.FileUnreadable, sourcePath, 0, 0, "The file cannot be read (no permission). Give the build read access to it");
        }
        catch (IOException e)
        {
            _diagnostics.Error(DiagnosticCodes.FileUnreadable, sourcePath, 0, 0, $"The file cannot be copied ({e.Message.TrimEnd('.')}). Check the file");
        }
    }
}
