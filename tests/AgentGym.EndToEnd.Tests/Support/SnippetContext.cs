namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>
/// The surroundings a partial snippet names in its marker line, so that it is compiled after all: the members of a test
/// class (in a project that also has xunit), the attributes of a test method, or the body of a startup class's <c>Configure</c>. The marker line is replaced
/// by the opening of those surroundings, so that error lines stay the page's lines. Any other partial snippet is skipped.
/// </summary>
public static class SnippetContext
{
    /// <summary>The markers with surroundings: the marker line's text, what replaces it, and what closes the snippet.</summary>
    public static readonly IReadOnlyDictionary<string, (string Open, string Close)> Known = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [$"{MarkdownSnippet.PartialMarker}: a method of a test class"] = ("using Xunit; public sealed class SnippetTests {", "}"),
        [$"{MarkdownSnippet.PartialMarker}: members of a test class"] = ("using Xunit; public sealed class SnippetTests {", "}"),
        [$"{MarkdownSnippet.PartialMarker}: attributes on an [AgentTest] method"] = ("using Xunit; public sealed class SnippetTests {", "[AgentTest] public void Snippet() { } }"),
        [$"{MarkdownSnippet.PartialMarker}: inside Configure(AgentGymBuilder builder)"] =
            ("public sealed class SnippetStartup : IAgentGymStartup { public void Configure(AgentGymBuilder builder) {", "} }"),
    };

    /// <summary>Gets the snippet in its surroundings, or <see langword="null"/> when its marker names none this knows.</summary>
    public static string? Wrap(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var lines = code.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || !Known.TryGetValue(lines[first].Trim(), out var context))
            return null;
        lines[first] = context.Open;
        return string.Join('\n', lines) + "\n" + context.Close;
    }
}
