namespace AgentGym.Sdk;

/// <summary>
/// Matches a test name as a user types it against the full names in a store: the full name
/// (<c>Namespace.Class.Method</c>), the name the console shows (<c>Class.Method("input")</c>, whose input and agent are
/// dropped), or any unique suffix of whole segments (<c>Method</c>). The command line and the server call this one rule.
/// </summary>
public static class TestNameLookup
{
    private const int MaxSuggestions = 5;

    /// <summary>Finds the full name that <paramref name="typed"/> stands for.</summary>
    /// <param name="typed">What the user typed.</param>
    /// <param name="fullNames">The full names known to the store.</param>
    /// <returns>The match, the names it is ambiguous between, or close names to suggest.</returns>
    public static TestNameMatch Find(string typed, IReadOnlyList<string> fullNames)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(fullNames);
        var name = WithoutInputAndAgent(typed);
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            if (fullNames.FirstOrDefault(n => string.Equals(n, name, comparison)) is { } exact)
                return new TestNameMatch(exact, [], []);
            var suffixOf = fullNames.Where(n => n.EndsWith("." + name, comparison)).ToList();
            if (suffixOf.Count == 1)
                return new TestNameMatch(suffixOf[0], [], []);
            if (suffixOf.Count > 1)
                return new TestNameMatch(null, suffixOf, []);
        }

        return new TestNameMatch(null, [], Suggest(name, fullNames));
    }

    // "Class.Method(\"input\") [agent]" -> "Class.Method": the console's display name carries the input and the agent.
    private static string WithoutInputAndAgent(string typed)
    {
        var name = typed.Trim();
        var cut = name.IndexOfAny(['(', ' ', '[']);
        return cut > 0 ? name[..cut] : name;
    }

    // Names that hold the typed text, then names whose last segments (as many as were typed) are a few edits away.
    private static List<string> Suggest(string name, IReadOnlyList<string> fullNames)
    {
        if (name.Length == 0)
            return [];
        var segments = name.Split('.').Length;
        var allowed = Math.Max(2, name.Length / 3);
        return fullNames
            .Select(n => (Name: n, Distance: n.Contains(name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, LastSegments(n, segments))))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(c => c.Name)
            .ToList();
    }

    private static string LastSegments(string fullName, int count)
    {
        var parts = fullName.Split('.');
        return string.Join('.', parts.Skip(Math.Max(0, parts.Length - count)));
    }

    // Levenshtein distance, case-insensitive.
    private static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
