using System.Text.Json;
using AgentGym.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgentGym.Discovery.Declarative;

/// <summary>
/// Makes the validator of one <c>validation_rules</c> entry, through the same validator classes the attributes use. The
/// schema has checked the fields' types already; this checks what a schema cannot (one kind per rule, a valid regex, an
/// existing schema file) and says where.
/// </summary>
internal static class ValidationRuleReader
{
    private static readonly string[] Kinds =
        ["regex", "contains", "not_contains", "starts_with", "equals", "expected_output", "json_schema", "tool_called", "tool_not_called", "tool_order", "trajectory", "budget", "baseline", "judge"];

    private static readonly Dictionary<string, string[]> Modifiers = new(StringComparer.Ordinal)
    {
        ["ignore_case"] = ["regex", "contains", "not_contains", "starts_with", "equals"],
        ["arguments"] = ["tool_called"],
        ["times"] = ["tool_called"],
    };

    /// <summary>Reads one rule.</summary>
    /// <param name="rule">The rule object.</param>
    /// <param name="field">Its path, such as <c>validation_rules[2]</c>.</param>
    /// <param name="context">The test's name and the folder that relative schema paths resolve against (the file's folder).</param>
    /// <param name="problems">Where to add what is wrong.</param>
    /// <returns>The validator, or <see langword="null"/> when the rule is wrong.</returns>
    public static IValidator? Read(JObject rule, string field, ValidatorCreationContext context, List<DeclarativeProblem> problems)
    {
        var kinds = rule.Properties().Where(p => Kinds.Contains(p.Name)).ToList();
        if (kinds.Count != 1)
        {
            problems.Add(DeclarativeProblem.At(rule, field, kinds.Count == 0
                ? $"has no rule kind; give one of {string.Join(", ", Kinds)}."
                : $"has {kinds.Count} rule kinds ({string.Join(", ", kinds.Select(k => k.Name))}); give each its own list entry."));
            return null;
        }

        var kind = kinds[0];
        var misplaced = rule.Properties().FirstOrDefault(p => Modifiers.TryGetValue(p.Name, out var owners) && !owners.Contains(kind.Name));
        if (misplaced is not null)
        {
            problems.Add(DeclarativeProblem.At(misplaced, $"{field}.{misplaced.Name}", $"does not apply to a {kind.Name} rule; it goes with {string.Join(", ", Modifiers[misplaced.Name])}."));
            return null;
        }

        try
        {
            return Create(kind.Name, kind.Value, rule, context);
        }
        catch (ValidatorConfigurationException ex)
        {
            problems.Add(DeclarativeProblem.At(kind.Value, $"{field}.{kind.Name}", ex.Message));
            return null;
        }
    }

    private static IValidator Create(string kind, JToken value, JObject rule, ValidatorCreationContext context)
    {
        var ignoreCase = rule.Value<bool?>("ignore_case") ?? false;
        return kind switch
        {
            "regex" => new RegexValidator(value.Value<string>()!, ignoreCase),
            "contains" => new TextValidator(contains: value.Value<string>(), ignoreCase: ignoreCase),
            "not_contains" => new TextValidator(notContains: value.Value<string>(), ignoreCase: ignoreCase),
            "starts_with" => new TextValidator(startsWith: value.Value<string>(), ignoreCase: ignoreCase),
            "equals" => new TextValidator(equals: value.Value<string>(), ignoreCase: ignoreCase),
            "expected_output" => new ExpectedOutputValidator(ToJsonElement(value)),
            "json_schema" => value.Type == JTokenType.String
                ? JsonSchemaValidator.FromFile(value.Value<string>()!, context.BaseDirectory)
                : JsonSchemaValidator.FromJson(value.ToString(Formatting.None)),
            "tool_called" => new ToolCallValidator(value.Value<string>()!, rule["arguments"]?.ToString(Formatting.None), rule.Value<int?>("times") ?? 0),
            "tool_not_called" => new ForbiddenToolCallValidator(value.Value<string>()!),
            "tool_order" => new ToolCallOrderValidator(value.Values<string>().Select(v => v!)),
            "trajectory" => TrajectoryRuleReader.Read((JObject)value),
            "budget" => Budget((JObject)value),
            "baseline" => Baseline((JObject)value, context),
            "judge" => value.Type == JTokenType.String
                ? new JudgeValidator(value.Value<string>()!)
                : new JudgeValidator(value.Value<string>("rubric")!, value.Value<double?>("threshold") ?? JudgeValidator.DefaultThreshold),
            _ => throw new ValidatorConfigurationException($"Unknown rule kind {kind}."),
        };
    }

    private static BudgetValidator Budget(JObject budget) => new(
        budget.Value<long?>("max_tokens") ?? 0,
        budget.Value<int?>("max_llm_calls") ?? 0,
        budget.Value<int?>("max_tool_calls") ?? 0,
        TimeSpan.FromMilliseconds(budget.Value<long?>("max_duration_ms") ?? 0),
        TimeSpan.FromMilliseconds(budget.Value<long?>("max_median_duration_ms") ?? 0));

    // The tolerances of [Baseline], by the same rule: a regression test's defaults, each overridden by a field given here.
    private static BaselineValidator Baseline(JObject baseline, ValidatorCreationContext context) => new(BaselineTolerances.Of(
        context.IsRegressionTest,
        baseline.Value<double?>("max_token_increase_percent"),
        baseline.Value<double?>("max_duration_increase_percent"),
        baseline.Value<int?>("max_llm_call_increase"),
        baseline.Value<bool?>("require_same_output"),
        baseline.Value<string>("name"),
        baseline.Value<double?>("duration_noise_ms")));

    /// <summary>Converts a token to a System.Text.Json element.</summary>
    public static JsonElement ToJsonElement(JToken token)
    {
        using var document = JsonDocument.Parse(token.ToString(Formatting.None));
        return document.RootElement.Clone();
    }
}
