using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AgentGym.Results;

namespace AgentGym.Server.Api;

/// <summary>
/// How the API writes the store's own records (a test result, a benchmark run) instead of copies of them: a text column that
/// holds JSON (<c>ValidationsJson</c>, <c>ConversationJson</c>, a benchmark's <c>Json</c>) is written as that JSON, under its
/// name without the suffix (a benchmark's as <c>report</c>); a status by its name in lower case, with <c>isFailure</c> by the
/// engine's outcome rule; a benchmark run's record beside its ids. It answers for these types only, so the host's other types keep the host's rules.
/// </summary>
internal sealed class StoreRecordJson : IJsonTypeInfoResolver
{
    private const string JsonSuffix = "Json";

    private static readonly HashSet<Type> Types = [typeof(StoredTestRun), typeof(BenchmarkRunRecord), typeof(StoredBenchmarkRun)];

    private static readonly JsonConverter StatusConverter = new JsonStringEnumConverter<AgentTestStatus>(JsonNamingPolicy.CamelCase);

    private static readonly DefaultJsonTypeInfoResolver Inner = new() { Modifiers = { Modify } };

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) => Types.Contains(type) ? Inner.GetTypeInfo(type, options) : null;

    private static void Modify(JsonTypeInfo type)
    {
        if (!Types.Contains(type.Type))
            return;
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            if (property.PropertyType == typeof(AgentTestStatus))
                property.CustomConverter = StatusConverter;
            else if (property.PropertyType == typeof(string) && property.Name.EndsWith(JsonSuffix, StringComparison.OrdinalIgnoreCase) && property.Get is { } get)
                type.Properties[i] = AsJson(type, property.Name.Length == JsonSuffix.Length ? "report" : property.Name[..^JsonSuffix.Length], get);
        }

        if (type.Type == typeof(StoredTestRun))
            AddIsFailure(type);
        if (type.Type == typeof(StoredBenchmarkRun))
            LiftRecord(type);
    }

    private static JsonPropertyInfo AsJson(JsonTypeInfo type, string name, Func<object, object?> get)
    {
        var property = type.CreateJsonPropertyInfo(typeof(JsonElement?), name);
        property.Get = value => Views.Json(get(value) as string);
        return property;
    }

    // Whether a result is a failure, by the engine's one outcome rule, so that no reader of the API needs its own copy of it.
    private static void AddIsFailure(JsonTypeInfo type)
    {
        var isFailure = type.CreateJsonPropertyInfo(typeof(bool), "isFailure");
        isFailure.Get = value => Outcomes.IsFailure(((StoredTestRun)value).Status);
        type.Properties.Add(isFailure);
    }

    // {"id", "runId", "record": {...}} reads as one object: {"id", "runId", "name", "iterations", ..., "report"}.
    private static void LiftRecord(JsonTypeInfo type)
    {
        var record = type.Properties.Single(p => p.PropertyType == typeof(BenchmarkRunRecord));
        type.Properties.Remove(record);
        foreach (var inner in Inner.GetTypeInfo(typeof(BenchmarkRunRecord), type.Options).Properties)
        {
            var lifted = type.CreateJsonPropertyInfo(inner.PropertyType, inner.Name);
            var get = inner.Get!;
            lifted.Get = value => get(((StoredBenchmarkRun)value).Record);
            lifted.CustomConverter = inner.CustomConverter;
            type.Properties.Add(lifted);
        }
    }
}
