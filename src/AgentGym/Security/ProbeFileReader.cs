using System.Text.RegularExpressions;
using AgentGym.Discovery.Declarative;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;

namespace AgentGym.Security;

/// <summary>
/// Reads a probe file (JSON or YAML): <c>{ "format": 1, "set": "...", "probes": [ ... ] }</c>. Every problem is a
/// <see cref="ProbeFileException"/> that names the file, the line and the field.
/// </summary>
internal static class ProbeFileReader
{
    public const int Format = 1;

    private static readonly string[] FileFields = ["$schema", "format", "set", "description", "probes"];
    private static readonly string[] ProbeFields = ["id", "category", "title", "description", "delivery", "task", "injection", "payload", "encoding", "expect", "budget", "unsafe_output"];
    private static readonly string[] BudgetFields = ["max_tool_calls", "max_llm_calls", "max_tokens", "max_output_chars"];

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
    };

    public static IReadOnlyList<SecurityProbe> Read(string text, string file, bool isYaml)
    {
        var root = Parse(text, file, isYaml);
        if (root is not JObject body)
            throw Problem(file, root, string.Empty, "must be an object with 'format', 'set' and 'probes'.");
        Unknown(file, body, string.Empty, FileFields, "a probe file");
        var format = body["format"];
        if (format is null)
            throw Problem(file, body, "format", $"is required: write \"format\": {Format}.");
        if (format.Type != JTokenType.Integer || format.Value<int>() != Format)
            throw Problem(file, format, "format", $"is {format}; this version of AgentGym reads probe files of format {Format}.");
        var set = RequiredString(file, body, "set", string.Empty);
        if (body["probes"] is not JArray { Count: > 0 } probes)
            throw Problem(file, body["probes"] ?? body, "probes", "must be a list of at least one probe.");

        var read = new List<SecurityProbe>(probes.Count);
        var ids = new Dictionary<string, int?>(StringComparer.Ordinal);
        for (var i = 0; i < probes.Count; i++)
        {
            var probe = ReadProbe(file, probes[i], $"probes[{i}]", set);
            if (!ids.TryAdd(probe.Id, probe.SourceLine))
                throw Problem(file, probes[i]["id"], $"probes[{i}].id", $"'{probe.Id}' is used twice (also on line {ids[probe.Id]}); probe ids must be unique.");
            read.Add(probe);
        }

        return read;
    }

    private static JToken Parse(string text, string file, bool isYaml)
    {
        string json;
        try
        {
            json = isYaml ? YamlJsonConverter.ToJson(text) : text;
        }
        catch (YamlException ex)
        {
            var (line, message) = YamlJsonConverter.Locate(ex, text);
            throw new ProbeFileException(file, line, string.Empty, $"is not valid YAML: {message}");
        }

        if (string.IsNullOrWhiteSpace(json))
            throw new ProbeFileException(file, null, string.Empty, "is empty.");
        try
        {
            return JToken.Parse(json, LoadSettings);
        }
        catch (JsonReaderException ex)
        {
            var message = ex.Message.Split(" Path '")[0].Split(", line ")[0];
            throw new ProbeFileException(file, ex.LineNumber > 0 ? ex.LineNumber : null, ex.Path ?? string.Empty, $"is not valid {(isYaml ? "YAML" : "JSON")}: {message}");
        }
    }

    private static SecurityProbe ReadProbe(string file, JToken token, string field, string set)
    {
        if (token is not JObject probe)
            throw Problem(file, token, field, "must be a probe object with id, category, title and task.");
        Unknown(file, probe, field, ProbeFields, "a probe");
        var id = RequiredString(file, probe, "id", field);
        if (!Regex.IsMatch(id, "^[a-z0-9][a-z0-9._-]*$", RegexOptions.None, TimeSpan.FromSeconds(1)))
            throw Problem(file, probe["id"], $"{field}.id", $"'{id}' must be lower-case letters, digits, '-', '_' and '.', starting with a letter or digit (it is part of test ids).");
        var categoryText = RequiredString(file, probe, "category", field);
        if (!OwaspCategories.TryParse(categoryText, out var category))
            throw Problem(file, probe["category"], $"{field}.category", $"'{categoryText}' is not a category an agent test can reach; use one of {OwaspCategories.KnownCodes}.");
        var delivery = Enumerated(file, probe, "delivery", field, ProbeDelivery.Direct, ["direct", "tool_result", "document"]);
        var encoding = Enumerated(file, probe, "encoding", field, ProbeEncoding.None, ["none", "base64", "hex", "rot13", "homoglyph"]);
        var task = OptionalString(file, probe, "task", field) ?? (delivery == ProbeDelivery.Direct ? throw Problem(file, probe, $"{field}.task", "is required for a direct probe.") : ProbeText.BenignTask);
        var injection = OptionalString(file, probe, "injection", field);
        if (delivery != ProbeDelivery.Direct && injection is null)
            throw Problem(file, probe, $"{field}.injection", $"is required when delivery is '{Name(delivery)}': it is the text planted in the {(delivery == ProbeDelivery.Document ? "retrieved document" : "tool results")}.");
        var payload = OptionalString(file, probe, "payload", field);
        if (encoding != ProbeEncoding.None && payload is null)
            throw Problem(file, probe["encoding"], $"{field}.encoding", "needs a 'payload' to encode.");
        if (payload is not null && !new[] { task, injection }.Any(t => t?.Contains(ProbeText.PayloadMark, StringComparison.Ordinal) == true))
            throw Problem(file, probe["payload"], $"{field}.payload", "is never used: put {{payload}} in the task or the injection.");
        foreach (var name in new[] { "task", "injection", "payload" })
        {
            if (probe[name] is { } text && ProbeText.UnknownPlaceholders(text.Value<string>() ?? string.Empty).FirstOrDefault() is { } unknown)
                throw Problem(file, text, $"{field}.{name}", $"uses {unknown}, which is not a placeholder; known: {string.Join(", ", ProbeText.Placeholders)}.");
        }

        return new SecurityProbe
        {
            Id = id,
            Set = set,
            Category = category,
            Title = RequiredString(file, probe, "title", field),
            Delivery = delivery,
            Task = task,
            Injection = injection,
            Payload = payload,
            Encoding = encoding,
            Expect = Expectations(file, probe, field),
            Budget = Budget(file, probe, field),
            UnsafeOutput = UnsafeOutput(file, probe, field),
            SourceFile = file,
            SourceLine = LineOf(probe["id"]) ?? LineOf(probe),
        };
    }

    private static ProbeExpectation Expectations(string file, JObject probe, string field)
    {
        if (probe["expect"] is not { } expect)
            return ProbeExpectation.None;
        if (expect is not JArray list)
            throw Problem(file, expect, $"{field}.expect", "must be a list, such as [\"no_trigger\", \"refusal\"].");
        var result = ProbeExpectation.None;
        for (var i = 0; i < list.Count; i++)
        {
            result |= list[i].Type == JTokenType.String ? list[i].Value<string>() switch
            {
                "no_trigger" => ProbeExpectation.NoTrigger,
                "refusal" => ProbeExpectation.Refusal,
                "no_unsafe_output" => ProbeExpectation.NoUnsafeOutput,
                "within_budget" => ProbeExpectation.WithinBudget,
                "no_canary" or "no_forbidden_tool" => ProbeExpectation.None,
                var other => throw Problem(file, list[i], $"{field}.expect[{i}]", $"'{other}' is not an expectation; use no_trigger, refusal, no_unsafe_output, within_budget (no_canary and no_forbidden_tool always apply)."),
            } : throw Problem(file, list[i], $"{field}.expect[{i}]", "must be a string.");
        }

        return result;
    }

    private static ProbeBudget? Budget(string file, JObject probe, string field)
    {
        if (probe["budget"] is not { } budget)
            return null;
        if (budget is not JObject limits)
            throw Problem(file, budget, $"{field}.budget", "must be an object such as { \"max_tool_calls\": 10 }.");
        Unknown(file, limits, $"{field}.budget", BudgetFields, "a budget");
        long Limit(string name)
        {
            if (limits[name] is not { } value)
                return 0;
            if (value.Type != JTokenType.Integer || value.Value<long>() < 1)
                throw Problem(file, value, $"{field}.budget.{name}", $"is {value.ToString(Formatting.None)}; it must be a whole number of at least 1.");
            return value.Value<long>();
        }

        var result = new ProbeBudget((int)Math.Min(int.MaxValue, Limit("max_tool_calls")), (int)Math.Min(int.MaxValue, Limit("max_llm_calls")), Limit("max_tokens"), (int)Math.Min(int.MaxValue, Limit("max_output_chars")));
        return result.IsEmpty ? throw Problem(file, limits, $"{field}.budget", "sets no limit.") : result;
    }

    private static string[] UnsafeOutput(string file, JObject probe, string field)
    {
        if (probe["unsafe_output"] is not { } patterns)
            return [];
        if (patterns is not JArray list)
            throw Problem(file, patterns, $"{field}.unsafe_output", "must be a list of regular expressions.");
        var result = new string[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var where = $"{field}.unsafe_output[{i}]";
            result[i] = list[i].Type == JTokenType.String ? list[i].Value<string>()! : throw Problem(file, list[i], where, "must be a string.");
            try
            {
                _ = new Regex(result[i], RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                throw Problem(file, list[i], where, $"is not a valid regular expression: {ex.Message}");
            }
        }

        return result;
    }

    private static T Enumerated<T>(string file, JObject probe, string name, string field, T fallback, string[] names)
        where T : struct, Enum
    {
        if (OptionalString(file, probe, name, field) is not { } text)
            return fallback;
        var index = Array.IndexOf(names, text);
        return index >= 0 ? Enum.GetValues<T>()[index] : throw Problem(file, probe[name], $"{field}.{name}", $"'{text}' must be one of {string.Join(", ", names)}.");
    }

    private static string Name(ProbeDelivery delivery) => delivery switch
    {
        ProbeDelivery.ToolResult => "tool_result",
        ProbeDelivery.Document => "document",
        _ => "direct",
    };

    private static string RequiredString(string file, JObject owner, string name, string field) =>
        OptionalString(file, owner, name, field) ?? throw Problem(file, owner, Join(field, name), "is required.");

    private static string? OptionalString(string file, JObject owner, string name, string field)
    {
        if (owner[name] is not { } value || value.Type == JTokenType.Null)
            return null;
        if (value.Type != JTokenType.String || string.IsNullOrWhiteSpace(value.Value<string>()))
            throw Problem(file, value, Join(field, name), "must be a non-empty string.");
        return value.Value<string>();
    }

    private static void Unknown(string file, JObject owner, string field, string[] known, string what)
    {
        if (owner.Properties().FirstOrDefault(p => !known.Contains(p.Name, StringComparer.Ordinal)) is { } unknown)
            throw Problem(file, unknown, Join(field, unknown.Name), $"is not a field of {what}; known fields: {string.Join(", ", known.Where(k => k != "$schema"))}.");
    }

    private static string Join(string field, string name) => field.Length == 0 ? name : $"{field}.{name}";

    private static ProbeFileException Problem(string file, JToken? token, string field, string message) => new(file, LineOf(token), field, message);

    private static int? LineOf(JToken? token) => token is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
