using System.Text.RegularExpressions;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>A fenced code block of a Markdown page: its language, its code, and where it is.</summary>
/// <param name="Page">The page's path relative to the repository root, with forward slashes.</param>
/// <param name="Line">The line of the opening fence.</param>
/// <param name="Language">The fence's language (<c>csharp</c>, <c>bash</c>, ...), lower case.</param>
/// <param name="Code">The code between the fences.</param>
public sealed partial record MarkdownSnippet(string Page, int Line, string Language, string Code)
{
    /// <summary>The first-line comment that marks a C# snippet as deliberately partial (a fragment that needs its surroundings).</summary>
    public const string PartialMarker = "// partial";

    /// <summary>Gets whether this is a C# snippet.</summary>
    public bool IsCSharp => Language is "csharp" or "cs" or "c#";

    /// <summary>Gets whether the snippet says that it is a fragment (its first line starts with <see cref="PartialMarker"/>).</summary>
    public bool IsPartial => Code.TrimStart().StartsWith(PartialMarker, StringComparison.Ordinal);

    /// <summary>Gets the file name a snippet's first-line comment gives it (<c>// Startup.cs</c>), if any.</summary>
    public string? FileName => FileComment().Match(Code) is { Success: true } match ? match.Groups["name"].Value : null;

    /// <summary>Gets the name the snippet is reported under: <c>docs/page.md:12</c>.</summary>
    public string Name => $"{Page}:{Line}";

    /// <summary>Reads the fenced code blocks of a page.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="page">The page's path relative to it.</param>
    public static IReadOnlyList<MarkdownSnippet> Read(string root, string page)
    {
        var lines = File.ReadAllLines(Path.Combine(root, page));
        var snippets = new List<MarkdownSnippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
                continue;
            var ticks = fence.Groups["ticks"].Value;
            var start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith(ticks, StringComparison.Ordinal); i++)
                code.Add(lines[i]);
            snippets.Add(new MarkdownSnippet(page.Replace('\\', '/'), start + 1, fence.Groups["language"].Value.ToLowerInvariant(), string.Join('\n', code)));
        }

        return snippets;
    }

    /// <summary>Gets README.md and every page under docs/, relative to the root.</summary>
    public static IReadOnlyList<string> Pages(string root) =>
        ["README.md", .. Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"^\s*(?<ticks>`{3,})\s*(?<language>[^\s`]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"\A\s*//\s*(?<name>[\w.-]+\.cs)\s*$", RegexOptions.Multiline)]
    private static partial Regex FileComment();
}
