using System.Globalization;
using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Validation;

namespace AgentGym.Benchmarks.Running;

/// <summary>Reads a <c>[TasksFrom]</c> JSON Lines file: one object per line with <c>task</c> and optional <c>context</c>, <c>expected</c> and <c>name</c>.</summary>
internal static class TaskFileReader
{
    /// <summary>One case of the file.</summary>
    public sealed record TaskLine(string Name, AgentRequest Request, IValidator? Expected);

    /// <summary>Reads every non-blank line.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="owner">The method that names the file, for messages.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="AgentBenchmarkDefinitionException">The file is missing, empty, or a line is not a valid case; the message names the file and line.</exception>
    public static IReadOnlyList<TaskLine> Read(string path, string owner)
    {
        if (!File.Exists(path))
            throw new AgentBenchmarkDefinitionException($"[TasksFrom] on {owner}: the file {path} does not exist. Copy it to the output folder (CopyToOutputDirectory) or give an absolute path.");
        var cases = new List<TaskLine>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
                cases.Add(Parse(line, $"{path}:{lineNumber}", lineNumber));
        }

        return cases.Count > 0 ? cases : throw new AgentBenchmarkDefinitionException($"[TasksFrom] on {owner}: the file {path} holds no task.");
    }

    private static TaskLine Parse(string line, string where, int lineNumber)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new AgentBenchmarkDefinitionException($"{where}: not valid JSON ({ex.Message}). Each line must be one object such as {{\"task\": \"Refund order 42\"}}.", ex);
        }

        if (root.ValueKind != JsonValueKind.Object)
            throw new AgentBenchmarkDefinitionException($"{where}: expected a JSON object with a \"task\" field, found {root.ValueKind}.");
        if (!root.TryGetProperty("task", out var task) || task.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(task.GetString()))
            throw new AgentBenchmarkDefinitionException($"{where}: the \"task\" field is missing or not a non-empty string.");

        Dictionary<string, object?>? context = null;
        if (root.TryGetProperty("context", out var contextElement) && contextElement.ValueKind != JsonValueKind.Null)
        {
            if (contextElement.ValueKind != JsonValueKind.Object)
                throw new AgentBenchmarkDefinitionException($"{where}: the \"context\" field must be an object, found {contextElement.ValueKind}.");
            context = contextElement.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal);
        }

        IValidator? expected = null;
        if (root.TryGetProperty("expected", out var expectedElement))
        {
            expected = expectedElement.ValueKind switch
            {
                JsonValueKind.String => new TextValidator(contains: expectedElement.GetString(), ignoreCase: true),
                JsonValueKind.Object or JsonValueKind.Array => new ExpectedOutputValidator(expectedElement),
                JsonValueKind.Null => null,
                _ => throw new AgentBenchmarkDefinitionException($"{where}: the \"expected\" field must be a text the answer contains, or a JSON object or array the output holds; found {expectedElement.ValueKind}."),
            };
        }

        var name = root.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
            ? nameElement.GetString()!
            : "#" + lineNumber.ToString(CultureInfo.InvariantCulture);
        return new TaskLine(name, new AgentRequest(task.GetString()!, context), expected);
    }

    private static object? Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => element.Clone(),
    };
}
