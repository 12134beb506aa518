using AgentGym.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgentGym.Discovery.Declarative;

/// <summary>
/// Reads a <c>trajectory</c> rule into the same <see cref="ExpectedTrajectory"/> that code and attributes build. The schema has
/// checked the shape; this reads the values and lets the trajectory check names, JSON and patterns.
/// </summary>
internal static class TrajectoryRuleReader
{
    /// <summary>Reads the rule's value.</summary>
    /// <param name="rule">The object under <c>trajectory</c>.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ValidatorConfigurationException">A value is wrong; the message says which.</exception>
    public static TrajectoryValidator Read(JObject rule)
    {
        var steps = rule["steps"] as JArray ?? [];
        var match = rule.Value<string>("match") is { } text ? MatchOf(text) : steps.Count > 0 ? TrajectoryMatch.Strict : TrajectoryMatch.Superset;
        var expected = new ExpectedTrajectory(match, steps.Select((step, i) => Step(step, $"steps[{i}]")));
        if (rule["tool_arguments"] is JObject toolArguments)
        {
            foreach (var tool in toolArguments.Properties())
            {
                var value = (JObject)tool.Value;
                expected = expected.WithArguments(tool.Name, value["arguments"]!.ToString(Formatting.None), ArgumentMatchOf(value.Value<string>("match_arguments")));
            }
        }

        if (rule["max_calls"] is JObject maxCalls)
        {
            foreach (var tool in maxCalls.Properties())
                expected = expected.WithMaxCalls(tool.Name, tool.Value.Value<int>());
        }

        var noToolAfter = rule["no_tool_after"] switch
        {
            JArray tools => tools.Values<string>().Select(t => t!),
            JValue { Type: JTokenType.String } tool => [tool.Value<string>()!],
            _ => [],
        };
        foreach (var tool in noToolAfter)
            expected = expected.WithNoToolAfter(tool);
        return new TrajectoryValidator(expected);
    }

    private static TrajectoryStep Step(JToken step, string field)
    {
        try
        {
            if (step.Type == JTokenType.String)
                return TrajectoryStep.Parse(step.Value<string>()!);
            var value = (JObject)step;
            return new TrajectoryStep(value.Value<string>("tool")!, value["arguments"]?.ToString(Formatting.None), ArgumentMatchOf(value.Value<string>("match_arguments")));
        }
        catch (ValidatorConfigurationException ex)
        {
            throw new ValidatorConfigurationException($"{field}: {ex.Message}", ex);
        }
    }

    private static TrajectoryMatch MatchOf(string text) =>
        Enum.TryParse<TrajectoryMatch>(text, ignoreCase: true, out var match) && Enum.IsDefined(match)
            ? match
            : throw new ValidatorConfigurationException($"match is \"{text}\"; use strict, unordered, subset or superset.");

    private static ArgumentMatch ArgumentMatchOf(string? text) =>
        text is null ? ArgumentMatch.Subset
        : Enum.TryParse<ArgumentMatch>(text, ignoreCase: true, out var match) && Enum.IsDefined(match) ? match
        : throw new ValidatorConfigurationException($"match_arguments is \"{text}\"; use subset, exact or regex.");
}
