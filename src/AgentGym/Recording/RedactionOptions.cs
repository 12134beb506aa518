namespace AgentGym.Recording;

/// <summary>
/// What to remove from an exchange before it is written to a cassette. Authorization, API-key and cookie headers are
/// always redacted; these options add header names, environment variables whose values are secrets, and patterns.
/// </summary>
public sealed class RedactionOptions
{
    /// <summary>Gets more header names whose values are replaced (case-insensitive).</summary>
    public IList<string> HeaderNames { get; } = [];

    /// <summary>Gets names of environment variables whose values are replaced wherever they appear (values under 4 characters are ignored).</summary>
    public IList<string> EnvironmentVariables { get; } = [];

    /// <summary>Gets regular expressions whose matches are replaced wherever they appear, such as <c>sk-[A-Za-z0-9]{20,}</c>.</summary>
    public IList<string> Patterns { get; } = [];

    /// <summary>Creates a copy with its own lists.</summary>
    /// <returns>The copy.</returns>
    public RedactionOptions Clone()
    {
        var copy = new RedactionOptions();
        foreach (var name in HeaderNames)
            copy.HeaderNames.Add(name);
        foreach (var name in EnvironmentVariables)
            copy.EnvironmentVariables.Add(name);
        foreach (var pattern in Patterns)
            copy.Patterns.Add(pattern);
        return copy;
    }
}
