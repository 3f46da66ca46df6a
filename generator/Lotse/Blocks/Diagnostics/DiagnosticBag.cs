using System.Collections.Concurrent;

namespace Lotse.Blocks.Diagnostics;

/// <summary>Collects diagnostics from all modules (thread-safe); the build reports them all at once, sorted.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private IReadOnlyDictionary<string, Severity?> _severities = new Dictionary<string, Severity?>();

    /// <summary>The site's own severity of some codes (<c>diagnostics:</c> in <c>lotse.yml</c>): a code mapped to
    /// null is not reported at all. Set once, before the pages are read.</summary>
    public void UseSeverities(IReadOnlyDictionary<string, Severity?> severities) => _severities = severities;

    /// <summary>An empty bag with the same severities (<c>lotse serve</c>'s fast lane reports into its own).</summary>
    public DiagnosticBag Empty()
    {
        var bag = new DiagnosticBag();
        bag.UseSeverities(_severities);
        return bag;
    }

    public void Add(Diagnostic diagnostic)
    {
        if (_severities.TryGetValue(diagnostic.Code, out var severity))
        {
            if (severity is null) return;
            diagnostic = diagnostic with { Severity = severity.Value };
        }
        _items.Enqueue(diagnostic);
    }

    public void Error(string code, string path, int line, int column, string message) =>
        Add(new Diagnostic(Severity.Error, code, path, line, column, message));

    public void Warning(string code, string path, int line, int column, string message) =>
        Add(new Diagnostic(Severity.Warning, code, path, line, column, message));

    /// <summary>A note for editors that fails no build, not even a <c>--strict</c> one.</summary>
    public void Info(string code, string path, int line, int column, string message) =>
        Add(new Diagnostic(Severity.Info, code, path, line, column, message));

    /// <summary>How many were reported so far (a module can see whether a step reported anything).</summary>
    public int Count => _items.Count;

    /// <summary>Forgets everything reported after the first <paramref name="count"/> (what a check that was only a gate
    /// reported). Not while others report.</summary>
    public void ForgetAfter(int count)
    {
        var kept = _items.Take(count).ToList();
        _items.Clear();
        foreach (var d in kept) _items.Enqueue(d);
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>True when an error or a warning was reported (what fails a <c>--strict</c> build); notes do not count.</summary>
    public bool HasProblems => _items.Any(d => d.Severity != Severity.Info);

    /// <summary>All diagnostics in a stable order: by path, line, column, code, message.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .Distinct()
        .OrderBy(d => d.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Line).ThenBy(d => d.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
