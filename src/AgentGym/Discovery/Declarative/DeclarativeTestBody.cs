using AgentGym.Discovery.Declarative;
using Newtonsoft.Json.Linq;

namespace AgentGym.Sdk;

/// <summary>
/// Reads one declarative test from JSON text that is not a file, such as a REST request's body: the same fields, the same
/// schema and the same messages as a <c>*.agenttest.json</c> file, with each problem named by its field.
/// </summary>
public static class DeclarativeTestBody
{
    /// <summary>Reads one test object.</summary>
    /// <param name="json">The test as JSON: one object with a <c>name</c> and an <c>input</c>.</param>
    /// <param name="source">What the body is, for the definition's file (for example <c>api</c>); its tests' ids are their names.</param>
    /// <param name="baseDirectory">The folder relative schema files resolve against.</param>
    /// <returns>The test cases, or the problems.</returns>
    public static DeclarativeTestBodyResult Read(string json, string source, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        var content = DeclarativeFileContent.Parse(json, isYaml: false);
        if (content.Problem is { } unreadable)
            return Failed([unreadable]);
        if (content.Tests is not [{ Field.Length: 0 } only] || only.Test is not JObject test)
            return Failed([new DeclarativeProblem(null, string.Empty, "must be one test object with a name and an input, not a list of tests.")]);

        // An empty namespace makes each test's id and full name its own name.
        var file = new DeclarativeTestFile(string.Empty, baseDirectory, source);
        var problems = new List<DeclarativeProblem>();
        var definitions = DeclarativeTestReader.Read(test, string.Empty, file, problems);
        return problems.Count > 0 ? Failed(problems) : new DeclarativeTestBodyResult(definitions, []);
    }

    private static DeclarativeTestBodyResult Failed(IEnumerable<DeclarativeProblem> problems) =>
        new([], [.. problems.Select(p => new DeclarativeTestProblem(p.Field, p.Line, p.Message))]);
}
