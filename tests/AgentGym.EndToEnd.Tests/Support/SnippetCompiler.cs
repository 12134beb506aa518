using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>
/// Compiles C# snippets, each on its own, against exactly what a file of the packed consumer project compiles against:
/// its references (the packed AgentGym packages and their dependencies) and its global usings (the SDK's and the
/// AgentGym package's). One restore and build of the consumer serves every snippet.
/// </summary>
public sealed class SnippetCompiler
{
    private readonly IReadOnlyList<MetadataReference> _references;
    private readonly SyntaxTree _globalUsings;
    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);

    /// <summary>Reads what the consumer project compiled against, from the files its build wrote under obj/.</summary>
    public SnippetCompiler(string consumerFolder)
    {
        var obj = Path.Combine(consumerFolder, "obj");
        _references = [.. File.ReadAllLines(Path.Combine(obj, ConsumerProject.ReferencesFile))
            .Where(l => l.Length > 0).Select(p => MetadataReference.CreateFromFile(p))];
        var usings = File.ReadAllLines(Path.Combine(obj, ConsumerProject.UsingsFile)).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal);
        GlobalUsings = [.. usings];
        _globalUsings = CSharpSyntaxTree.ParseText(string.Concat(usings.Select(u => $"global using global::{u};\n")), _parseOptions, "GlobalUsings.g.cs");
    }

    /// <summary>Gets the namespaces every file of the consumer imports.</summary>
    public IReadOnlyList<string> GlobalUsings { get; }

    /// <summary>Compiles one snippet and returns its errors, each with the snippet's page and line.</summary>
    public IReadOnlyList<string> Errors(MarkdownSnippet snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        if (Compile(snippet) is not { } compiled)
            return [];
        return [.. compiled.Compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{snippet.Page}:{snippet.Line + d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")];
    }

    /// <summary>Lists the names in one snippet that stand for a type (or a member of a type) of the given namespace, each with the snippet's page and line.</summary>
    public IReadOnlyList<string> Uses(MarkdownSnippet snippet, string ns)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        if (Compile(snippet) is not { } compiled)
            return [];
        var (compilation, tree) = compiled;
        var model = compilation.GetSemanticModel(tree);
        var found = new List<string>();
        foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
        {
            var symbol = model.GetSymbolInfo(name).Symbol;
            var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
            if (type?.ContainingNamespace?.ToDisplayString() == ns)
                found.Add($"{snippet.Page}:{snippet.Line + name.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {name.Identifier.Text} ({type.ToDisplayString()})");
        }

        return found;
    }

    private (CSharpCompilation Compilation, SyntaxTree Tree)? Compile(MarkdownSnippet snippet)
    {
        var code = snippet.IsPartial ? SnippetContext.Wrap(snippet.Code) : snippet.Code;
        if (code is null)
            return null;
        var tree = CSharpSyntaxTree.ParseText(code, _parseOptions, snippet.Name);
        // A snippet with top-level statements is a Program.cs: compile it as a console application.
        var kind = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any() ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        var compilation = CSharpCompilation.Create("Snippet", [_globalUsings, tree], _references,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        return (compilation, tree);
    }
}
