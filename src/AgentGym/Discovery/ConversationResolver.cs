using System.Reflection;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Validation;

namespace AgentGym.Discovery;

/// <summary>Reads the conversation of an attributed test: its <c>[Turn]</c>s or its <c>[SimulatedUser]</c>, and the validators of each turn.</summary>
internal static class ConversationResolver
{
    /// <summary>Reads the conversation.</summary>
    /// <param name="method">The test method.</param>
    /// <param name="inputs">How the method gives single inputs (<c>[Input]</c>, <c>[SecurityProbes]</c>), or <see langword="null"/> when it gives none.</param>
    /// <param name="validators">The method's and class's validators, each with the turn it judges (0 for the whole test).</param>
    /// <param name="errors">Where to add what is wrong.</param>
    /// <returns>The turns with their validators, the simulated user, and the validators of the whole test.</returns>
    public static (IReadOnlyList<TurnDefinition> Turns, UserSimulation? Simulation, List<IValidator> TestValidators) Resolve(
        MethodInfo method, string? inputs, IReadOnlyList<(ValidatorAttribute Attribute, IValidator Validator)> validators, List<string> errors)
    {
        var turnAttributes = method.GetCustomAttributes<TurnAttribute>(inherit: true).OrderBy(t => t.SourceLineNumber).ToList();
        var simulated = method.GetCustomAttribute<SimulatedUserAttribute>(inherit: true);
        if (ConversationRules.OneSourceOfMessages(inputs, turnAttributes.Count > 0 ? "[Turn]" : null, simulated is null ? null : "[SimulatedUser]") is { } conflict)
            errors.Add(conflict);
        for (var i = 0; i < turnAttributes.Count; i++)
        {
            if (ConversationRules.TurnText(turnAttributes[i].Text) is { } problem)
                errors.Add($"[Turn] {i + 1} (line {turnAttributes[i].SourceLineNumber}) {problem}");
        }

        var testValidators = new List<IValidator>();
        var turnValidators = turnAttributes.Select(_ => new List<IValidator>()).ToList();
        foreach (var (attribute, validator) in validators)
        {
            if (ConversationRules.TurnReference(attribute.Turn, turnAttributes.Count) is { } problem)
                errors.Add($"[{ValidatorCreation.AttributeName(attribute)}] Turn {problem}");
            else if (attribute.Turn == 0)
                testValidators.Add(validator);
            else
                turnValidators[attribute.Turn - 1].Add(validator);
        }

        UserSimulation? simulation = null;
        if (simulated is not null)
        {
            simulation = new UserSimulation(simulated.Goal ?? string.Empty) { Persona = simulated.Persona, MaxTurns = simulated.MaxTurns, StopWhen = simulated.StopWhen };
            foreach (var (field, message) in ConversationRules.Simulation(simulation, judged: testValidators.Count > 0 || simulated.JudgeGoal))
                errors.Add($"[SimulatedUser] {Name(field)} {message}");
            if (simulated.JudgeGoal && !string.IsNullOrWhiteSpace(simulation.Goal))
                testValidators.Add(ConversationRules.GoalJudge(simulation));
        }

        return ([.. turnAttributes.Select((t, i) => new TurnDefinition(t.Text ?? string.Empty) { Validators = turnValidators[i] })], simulation, testValidators);
    }

    private static string Name(ConversationRules.SimulationField field) => field switch
    {
        ConversationRules.SimulationField.Goal => "goal",
        ConversationRules.SimulationField.MaxTurns => "MaxTurns",
        ConversationRules.SimulationField.StopWhen => "StopWhen",
        _ => "(JudgeGoal or validators):",
    };
}
