using System.Text.Json;
using AgentGym.Definitions;
using AgentGym.Server.Api;

namespace AgentGym.Server.Catalog;

/// <summary>
/// Reads a benchmark given over the API: its type, agents and baseline, tasks (each a declarative test: an input with its
/// validation rules), iterations, warm-up and parallelism. Every problem names its field.
/// </summary>
internal static class BenchmarkBodyReader
{
    private static readonly string[] Fields =
        ["name", "description", "type", "agents", "baseline", "tasks", "iterations", "warmup", "max_parallelism", "timeout_seconds", "run_on_agent_change"];

    public static AgentBenchmarkDefinition? Read(JsonElement body, BodyErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add(string.Empty, "must be a benchmark object with a name, agents and tasks.");
            return null;
        }

        foreach (var property in body.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
            errors.Add(property.Name, $"is not a known field. Known fields: {string.Join(", ", Fields)}.");
        var name = NameReader.Read(body, "name", errors);
        if (body.TryGetProperty("type", out var type) && (type.ValueKind != JsonValueKind.String || !Enum.TryParse<AgentTestType>(type.GetString(), ignoreCase: true, out _)))
            errors.Add("type", $"must be one of {string.Join(", ", Enum.GetNames<AgentTestType>().Select(n => $"'{n.ToLowerInvariant()}'"))}.");
        if (body.TryGetProperty("run_on_agent_change", out var auto) && auto.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            errors.Add("run_on_agent_change", "must be true or false.");
        var agents = Agents(body, errors);
        var baseline = agents.FirstOrDefault();
        if (body.TryGetProperty("baseline", out var baselineElement))
        {
            baseline = baselineElement.ValueKind == JsonValueKind.String ? baselineElement.GetString() : null;
            if (baseline is null || !agents.Contains(baseline, StringComparer.Ordinal))
                errors.Add("baseline", $"must be one of the agents ({string.Join(", ", agents)}).");
        }

        var tasks = Tasks(body, errors);
        var iterations = Whole(body, "iterations", 10, 1, 10_000, errors);
        var warmup = Whole(body, "warmup", 1, 0, 1_000, errors);
        var parallelism = Whole(body, "max_parallelism", 1, 1, 256, errors);
        TimeSpan? timeout = null;
        if (body.TryGetProperty("timeout_seconds", out var seconds))
        {
            if (seconds.ValueKind != JsonValueKind.Number || seconds.GetDouble() is <= 0 or > 3600)
                errors.Add("timeout_seconds", "must be a number above 0 and at most 3600.");
            else
                timeout = TimeSpan.FromSeconds(seconds.GetDouble());
        }

        if (errors.Any)
            return null;
        return new AgentBenchmarkDefinition
        {
            Title = name!,
            Agents = agents,
            Baseline = baseline!,
            Tasks = tasks,
            Iterations = iterations,
            WarmupIterations = warmup,
            MaxParallelism = parallelism,
            Timeout = timeout,
        };
    }

    /// <summary>Gets whether a stored benchmark body asks to run when one of its agents is registered or changed.</summary>
    public static bool RunsOnAgentChange(JsonElement body) =>
        body.TryGetProperty("run_on_agent_change", out var auto) && auto.ValueKind == JsonValueKind.True;

    private static List<string> Agents(JsonElement body, BodyErrors errors)
    {
        if (!body.TryGetProperty("agents", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            errors.Add("agents", "is required: a list of one or more registered agent names.");
            return [];
        }

        var agents = new List<string>();
        var index = 0;
        foreach (var agent in list.EnumerateArray())
        {
            if (agent.ValueKind != JsonValueKind.String || !NameReader.IsValid(agent.GetString()!))
                errors.Add($"agents[{index}]", NameReader.Rule);
            else if (agents.Contains(agent.GetString()!, StringComparer.Ordinal))
                errors.Add($"agents[{index}]", "names an agent twice.");
            else
                agents.Add(agent.GetString()!);
            index++;
        }

        return agents;
    }

    private static List<AgentTestDefinition> Tasks(JsonElement body, BodyErrors errors)
    {
        if (!body.TryGetProperty("tasks", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            errors.Add("tasks", "is required: a list of tasks, each with a name, an input (task text and context) and validation rules.");
            return [];
        }

        var tasks = new List<AgentTestDefinition>();
        var index = 0;
        foreach (var task in list.EnumerateArray())
        {
            var read = ApiTestReader.Read(task.GetRawText(), errors, $"tasks[{index}]");
            if (read is { Cases.Count: > 1 })
                errors.Add($"tasks[{index}].probes", "are not allowed in a benchmark task: a task is one input.");
            else if (read?.Cases is [var definition])
            {
                if (tasks.Any(t => t.DisplayName == definition.DisplayName))
                    errors.Add($"tasks[{index}].name", "names a task twice.");
                tasks.Add(definition);
            }

            index++;
        }

        return tasks;
    }

    private static int Whole(JsonElement body, string field, int fallback, int min, int max, BodyErrors errors)
    {
        if (!body.TryGetProperty(field, out var value))
            return fallback;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < min || number > max)
        {
            errors.Add(field, $"must be a whole number from {min} to {max}.");
            return fallback;
        }

        return number;
    }
}
