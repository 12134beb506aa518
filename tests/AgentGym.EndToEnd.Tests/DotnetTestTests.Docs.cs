using AgentGym.EndToEnd.Tests.Support;

namespace AgentGym.EndToEnd.Tests;

public sealed partial class DotnetTestTests
{
    [Fact]
    public void Every_csharp_snippet_of_the_readme_and_the_docs_compiles_against_the_packages()
    {
        var compiler = new SnippetCompiler(consumer.ProjectFolder);
        var snippets = MarkdownSnippet.Pages(RepositoryLayout.Root)
            .SelectMany(page => MarkdownSnippet.Read(RepositoryLayout.Root, page))
            .Where(s => s.IsCSharp)
            .ToList();
        var partial = snippets.Where(s => s.IsPartial && SnippetContext.Wrap(s.Code) is null).Select(s => s.Name).ToList();

        var errors = snippets.SelectMany(compiler.Errors).ToList();

        Assert.True(snippets.Count - partial.Count >= 20, $"Only {snippets.Count - partial.Count} whole snippets were found.");
        Assert.True(errors.Count == 0,
            $"Snippets that do not compile (mark a deliberate fragment with a first line '{MarkdownSnippet.PartialMarker}: ...'):{Environment.NewLine}" +
            string.Join(Environment.NewLine, errors) + $"{Environment.NewLine}Skipped as partial: {string.Join(", ", partial)}");
    }

    // What a test author writes against is the public API; AgentGym.Sdk is for front ends and extenders, and only the page
    // for people who change AgentGym or build a front end on it shows it.
    [Fact]
    public void No_snippet_for_test_authors_uses_the_sdk_namespace()
    {
        var compiler = new SnippetCompiler(consumer.ProjectFolder);
        var snippets = MarkdownSnippet.Pages(RepositoryLayout.Root)
            .Where(page => !page.EndsWith("contributing.md", StringComparison.Ordinal))
            .SelectMany(page => MarkdownSnippet.Read(RepositoryLayout.Root, page))
            .Where(s => s.IsCSharp)
            .ToList();

        var uses = snippets.SelectMany(s => compiler.Uses(s, "AgentGym.Sdk")).ToList();

        Assert.True(snippets.Count >= 20, $"Only {snippets.Count} snippets were found.");
        Assert.True(uses.Count == 0, $"Snippets for test authors that use AgentGym.Sdk:{Environment.NewLine}{string.Join(Environment.NewLine, uses)}");
    }

    [Fact]
    public void The_package_imports_the_namespaces_a_test_file_needs()
    {
        var compiler = new SnippetCompiler(consumer.ProjectFolder);

        Assert.Contains("AgentGym.Attributes", compiler.GlobalUsings);
        Assert.Contains("AgentGym.Agents", compiler.GlobalUsings);
        Assert.Contains("AgentGym.Definitions", compiler.GlobalUsings);
        Assert.Contains("AgentGym.Hosting", compiler.GlobalUsings);
    }
}
