using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;

namespace AgentGym.Discovery.Declarative;

/// <summary>
/// The tests a declarative file holds, read with their line numbers: one test object, a list of them, or an object with a
/// <c>tests</c> list. YAML is converted to JSON first, keeping its lines.
/// </summary>
internal sealed class DeclarativeFileContent
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
    };

    private DeclarativeFileContent(IReadOnlyList<(JToken Test, string Field)> tests, DeclarativeProblem? problem)
    {
        Tests = tests;
        Problem = problem;
    }

    /// <summary>Gets each test with the path of its field in the file (<c>tests[2]</c>, or empty for a file of one test).</summary>
    public IReadOnlyList<(JToken Test, string Field)> Tests { get; }

    /// <summary>Gets why the file as a whole cannot be read, or <see langword="null"/>.</summary>
    public DeclarativeProblem? Problem { get; }

    /// <summary>Reads a file's text.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="isYaml">Whether it is YAML rather than JSON.</param>
    /// <returns>The tests, or the problem.</returns>
    public static DeclarativeFileContent Parse(string text, bool isYaml)
    {
        string json;
        try
        {
            json = isYaml ? YamlJsonConverter.ToJson(text) : text;
        }
        catch (YamlException ex)
        {
            var (line, message) = YamlJsonConverter.Locate(ex, text);
            return Failed(new DeclarativeProblem(line, string.Empty, $"is not valid YAML: {message}"));
        }

        if (string.IsNullOrWhiteSpace(json))
            return Failed(new DeclarativeProblem(null, string.Empty, "is empty: write one test object, or a list of them."));

        JToken root;
        try
        {
            root = JToken.Parse(json, LoadSettings);
        }
        catch (JsonReaderException ex)
        {
            return Failed(new DeclarativeProblem(ex.LineNumber > 0 ? ex.LineNumber : null, ex.Path ?? string.Empty, $"is not valid {(isYaml ? "YAML" : "JSON")}: {FirstSentence(ex.Message)}"));
        }

        if (root is JArray { Count: 0 } || (root is JObject wrapped && wrapped["tests"] is JArray { Count: 0 }))
            return Failed(DeclarativeProblem.At(root, string.Empty, "holds an empty list of tests."));
        return root switch
        {
            JArray list => new DeclarativeFileContent([.. list.Select((t, i) => (t, $"[{i}]"))], null),
            JObject wrapper when wrapper.ContainsKey("tests") => FromWrapper(wrapper),
            JObject test => new DeclarativeFileContent([(test, string.Empty)], null),
            _ => Failed(DeclarativeProblem.At(root, string.Empty, $"holds a {root.Type.ToString().ToLowerInvariant()}; expected one test object, a list of tests, or an object with a 'tests' list.")),
        };
    }

    private static DeclarativeFileContent FromWrapper(JObject wrapper)
    {
        var unknown = wrapper.Properties().FirstOrDefault(p => p.Name is not ("tests" or "$schema"));
        if (unknown is not null)
            return Failed(DeclarativeProblem.At(unknown, unknown.Name, "is not a known field of a test list; a file with a 'tests' list holds only 'tests' and '$schema'."));
        if (wrapper["tests"] is not JArray tests)
            return Failed(DeclarativeProblem.At(wrapper["tests"], "tests", "must be a list of tests."));
        return new DeclarativeFileContent([.. tests.Select((t, i) => (t, $"tests[{i}]"))], null);
    }

    private static DeclarativeFileContent Failed(DeclarativeProblem problem) => new([], problem);

    // Json.NET ends its messages with "Path 'x', line 3, position 5."; the problem says where already.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(", line ", StringComparison.Ordinal) : cut;
        return cut < 0 ? message : message[..cut].TrimEnd(',', ' ');
    }
}
