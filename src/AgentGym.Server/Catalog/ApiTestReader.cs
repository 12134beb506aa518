using System.Text.Json;
using AgentGym.Server.Api;

namespace AgentGym.Server.Catalog;

/// <summary>
/// Reads a test given over the API with the engine's declarative reader (the fields, schema and messages of
/// <c>*.agenttest.json</c>). What only a body must not do is refused first: naming a schema file, which would read the server's disk.
/// </summary>
internal static class ApiTestReader
{
    public const string Source = "api";

    /// <summary>Reads a test body.</summary>
    /// <param name="json">The body.</param>
    /// <param name="errors">Receives the problems, each named by its field under <paramref name="prefix"/>.</param>
    /// <param name="prefix">The field path of the test in the body (<c>tasks[0]</c>), or empty.</param>
    /// <param name="agentOverride">An agent that replaces the test's, or <see langword="null"/>.</param>
    /// <returns>The test (its name and cases), or <see langword="null"/> with <paramref name="errors"/> filled.</returns>
    public static ApiTest? Read(string json, BodyErrors errors, string prefix = "", string? agentOverride = null)
    {
        using (var document = Parse(json, errors, prefix))
        {
            if (document is null)
                return null;
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && name.GetString() is { } text && (text.Length > 200 || text.Any(c => c is '/' or '\\' || char.IsControl(c))))
            {
                errors.Add(Field(prefix, "name"), "must be at most 200 characters, without '/', '\\' or control characters: it is the test's id in URLs.");
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("validation_rules", out var rules) && rules.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var rule in rules.EnumerateArray())
                {
                    if (rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("json_schema", out var schema) && schema.ValueKind == JsonValueKind.String)
                        errors.Add(Field(prefix, $"validation_rules[{index}].json_schema"), "must be an inline schema object in a request: a path would read a file on the server.");
                    index++;
                }
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("probes", out var probes) && probes.ValueKind == JsonValueKind.Object
                && probes.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array && files.GetArrayLength() > 0)
            {
                errors.Add(Field(prefix, "probes.files"), "is not allowed in a request: a path would read a file on the server. Use the built-in probe sets, or a test file.");
            }

            if (agentOverride is not null && root.ValueKind == JsonValueKind.Object)
                json = WithAgent(root, agentOverride);
        }

        if (errors.Any)
            return null;
        var result = DeclarativeTestBody.Read(json, Source, AppContext.BaseDirectory);
        foreach (var problem in result.Problems)
            errors.Add(Field(prefix, problem.Field), problem.Message);
        return errors.Any || result.Tests.Count == 0 ? null : new ApiTest(Name(json), result.Tests);
    }

    private static string Name(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("name").GetString()!;
    }

    private static JsonDocument? Parse(string json, BodyErrors errors, string prefix)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            errors.Add(prefix, $"is not valid JSON: {ex.Message}");
            return null;
        }
    }

    private static string WithAgent(JsonElement test, string agent)
    {
        var fields = test.EnumerateObject().Where(p => p.Name != "agent").ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        fields["agent"] = agent;
        return JsonSerializer.Serialize(fields);
    }

    private static string Field(string prefix, string field) =>
        prefix.Length == 0 ? field : field.Length == 0 ? prefix : $"{prefix}.{field}";
}
