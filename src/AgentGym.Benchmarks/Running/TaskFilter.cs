using System.Text.RegularExpressions;

namespace AgentGym.Benchmarks.Running;

/// <summary>Matches tasks against the glob patterns of <c>--filter</c>: <c>*</c> is any text, <c>?</c> one character; a pattern matches <c>Namespace.Class.Task</c>, <c>Class.Task</c> or <c>Task</c>.</summary>
internal static class TaskFilter
{
    public static bool Matches(IReadOnlyList<string> patterns, Type type, string task)
    {
        if (patterns.Count == 0)
            return true;
        string[] names = [$"{type.FullName}.{task}", $"{type.Name}.{task}", task];
        return patterns.Any(p => names.Any(n => Glob(p).IsMatch(n)));
    }

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
