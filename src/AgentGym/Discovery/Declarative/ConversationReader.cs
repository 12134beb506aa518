using AgentGym.Definitions;
using AgentGym.Validation;
using Newtonsoft.Json.Linq;

namespace AgentGym.Discovery.Declarative;

/// <summary>
/// Reads the conversation of a declarative test: its <c>turns</c> (each with its own <c>validation_rules</c>) or its
/// <c>simulated_user</c>, and sorts the test's rules between the turns (<c>turn: n</c>) and the whole test. The checks are
/// those of attributed tests (<see cref="ConversationRules"/>); the problems name the file's fields.
/// </summary>
internal static class ConversationReader
{
    /// <summary>Reads the conversation and the test's rules.</summary>
    /// <param name="test">The test object.</param>
    /// <param name="context">The test's name and folder, for validators.</param>
    /// <param name="problems">Where to add what is wrong.</param>
    /// <returns>The turns, the simulated user and the validators of the whole test.</returns>
    public static (IReadOnlyList<TurnDefinition> Turns, UserSimulation? Simulation, List<IValidator> TestValidators) Read(
        JObject test, ValidatorCreationContext context, List<DeclarativeProblem> problems)
    {
        var turns = new List<(string Text, List<IValidator> Validators)>();
        if (test["turns"] is JArray turnList)
        {
            for (var i = 0; i < turnList.Count; i++)
                turns.Add(ReadTurn(turnList[i], turnList[i].Path, context, problems));
        }

        var testValidators = new List<IValidator>();
        if (test["expected_output"] is { } expected)
            testValidators.Add(new ExpectedOutputValidator(ValidationRuleReader.ToJsonElement(expected)));
        if (test["validation_rules"] is JArray rules)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = (JObject)rules[i];
                var turn = rule.Value<int?>("turn") ?? 0;
                if (ConversationRules.TurnReference(turn, turns.Count) is { } problem)
                {
                    problems.Add(DeclarativeProblem.At(rule["turn"], $"{rule.Path}.turn", problem));
                    continue;
                }

                if (ValidationRuleReader.Read(rule, rule.Path, context, problems) is { } validator)
                    (turn == 0 ? testValidators : turns[turn - 1].Validators).Add(validator);
            }
        }

        var simulation = test["simulated_user"] is JObject simulated ? ReadSimulation(simulated, testValidators, problems) : null;
        return ([.. turns.Select(t => new TurnDefinition(t.Text) { Validators = t.Validators })], simulation, testValidators);
    }

    /// <summary>Checks that a test gives its messages one way: an input (or probes), turns or a simulated user.</summary>
    /// <param name="test">The test object.</param>
    /// <returns>The problem, or none.</returns>
    public static IEnumerable<DeclarativeProblem> MessageSourceProblems(JObject test)
    {
        var input = test.Property("input");
        var turns = test.Property("turns");
        var simulated = test.Property("simulated_user");
        // An input with probes is reported where probes are read.
        var probes = input is null && DeclarativeProbes.AreWanted(test["probes"]) ? "probes" : null;
        if (ConversationRules.OneSourceOfMessages(input?.Name ?? probes, turns?.Name, simulated?.Name) is { } conflict)
            return [DeclarativeProblem.At(turns ?? simulated, Field(test, (turns ?? simulated)!.Name), conflict)];
        return [];
    }

    private static string Field(JToken parent, string name) => parent.Path.Length == 0 ? name : $"{parent.Path}.{name}";

    private static (string Text, List<IValidator> Validators) ReadTurn(JToken turn, string field, ValidatorCreationContext context, List<DeclarativeProblem> problems)
    {
        var validators = new List<IValidator>();
        var text = turn is JObject body ? body.Value<string>("text") : turn.Type == JTokenType.String ? turn.Value<string>() : null;
        var textField = turn is JObject ? $"{field}.text" : field;
        if (ConversationRules.TurnText(text) is { } problem)
            problems.Add(DeclarativeProblem.At(turn is JObject o ? o["text"] ?? turn : turn, textField, problem));
        if (turn is JObject withRules && withRules["validation_rules"] is JArray rules)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = (JObject)rules[i];
                if (rule.Property("turn") is { } misplaced)
                {
                    problems.Add(DeclarativeProblem.At(misplaced, $"{rule.Path}.turn", "does not apply here: a turn's own rules judge that turn. Use 'turn' in the test's validation_rules."));
                    continue;
                }

                if (ValidationRuleReader.Read(rule, rule.Path, context, problems) is { } validator)
                    validators.Add(validator);
            }
        }

        return (text ?? string.Empty, validators);
    }

    private static UserSimulation ReadSimulation(JObject simulated, List<IValidator> testValidators, List<DeclarativeProblem> problems)
    {
        var simulation = new UserSimulation(simulated.Value<string>("goal") ?? string.Empty)
        {
            Persona = simulated.Value<string>("persona"),
            MaxTurns = simulated.Value<int?>("max_turns") ?? UserSimulation.DefaultMaxTurns,
            StopWhen = simulated.Value<string>("stop_when"),
        };
        var judgeGoal = simulated.Value<bool?>("judge_goal") ?? false;
        foreach (var (field, message) in ConversationRules.Simulation(simulation, judged: testValidators.Count > 0 || judgeGoal))
        {
            var name = field switch
            {
                ConversationRules.SimulationField.Goal => "goal",
                ConversationRules.SimulationField.MaxTurns => "max_turns",
                ConversationRules.SimulationField.StopWhen => "stop_when",
                _ => null,
            };
            problems.Add(DeclarativeProblem.At(name is null ? simulated : simulated[name] ?? simulated, name is null ? simulated.Path : $"{simulated.Path}.{name}", message));
        }

        if (judgeGoal && !string.IsNullOrWhiteSpace(simulation.Goal))
            testValidators.Add(ConversationRules.GoalJudge(simulation));
        return simulation;
    }
}
