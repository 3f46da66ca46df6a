using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lotse.Tests.Architecture;

/// <summary>Which namespace of Lotse's generator uses which other, read from the compiled source (every name bound by
/// the C# compiler, so a fully qualified name counts as much as a using directive), with the types each use names.</summary>
public sealed class SourceDependencies
{
    private SourceDependencies(IReadOnlyList<Dependency> uses) => Uses = uses;

    /// <summary>Each use of a type or member of one of Lotse's namespaces from a file of another.</summary>
    public IReadOnlyList<Dependency> Uses { get; }

    public static SourceDependencies Of(string sourceFolder)
    {
        var files = Directory.EnumerateFiles(sourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, path: Path.GetRelativePath(sourceFolder, f))).ToList();
        var compilation = CSharpCompilation.Create("LotseSource", trees, References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var uses = new ConcurrentBag<Dependency>();
        Parallel.ForEach(trees, tree =>
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetCompilationUnitRoot();
            var from = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString() ?? "";
            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name.Ancestors().Any(a => a is UsingDirectiveSyntax or BaseNamespaceDeclarationSyntax && a.ChildNodes().Contains(name))) continue;
                var info = model.GetSymbolInfo(name);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                if (symbol is null or INamespaceSymbol || !SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly)) continue;
                var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
                if (type is null) continue;
                while (type.ContainingType is not null) type = type.ContainingType;
                var to = type.ContainingNamespace.ToDisplayString();
                if (to != from) uses.Add(new Dependency(tree.FilePath, from, to, type.Name));
            }
        });
        return new SourceDependencies(uses.DistinctBy(u => (u.File, u.Type)).OrderBy(u => u.File, StringComparer.Ordinal).ThenBy(u => u.Type, StringComparer.Ordinal).ToList());
    }

    /// <summary>The assemblies this test runs with: the framework and every package the generator uses.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Where(f => !Path.GetFileName(f).Equals("lotse.dll", StringComparison.OrdinalIgnoreCase));
        return trusted.Concat(local).DistinctBy(Path.GetFileName).Select(f => MetadataReference.CreateFromFile(f));
    }
}

/// <param name="File">The using file, relative to the generator's folder.</param>
public sealed record Dependency(string File, string From, string To, string Type);
