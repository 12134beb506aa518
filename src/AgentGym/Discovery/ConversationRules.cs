using System.Text.RegularExpressions;
using AgentGym.Definitions;
using AgentGym.Validation;

namespace AgentGym.Discovery;

/// <summary>
/// What makes a conversation test well declared, in one place for attributes and declarative files alike. Each rule gives
/// the message; the caller says where (the attribute on the method, or the file, line and field).
/// </summary>
internal static class ConversationRules
{
    /// <summary>The parts of a simulated user that a rule may name.</summary>
    public enum SimulationField
    {
        /// <summary>The goal.</summary>
        Goal,

        /// <summary>The turn limit.</summary>
        MaxTurns,

        /// <summary>The stop pattern.</summary>
        StopWhen,

        /// <summary>What judges the goal.</summary>
        Validators,
    }

    /// <summary>Gets what is wrong with a turn's text, or <see langword="null"/>.</summary>
    public static string? TurnText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "has no text; a turn is what the user says to the agent." : null;

    /// <summary>Gets what is wrong with giving the test's messages in more than one way, or <see langword="null"/>.</summary>
    /// <param name="input">How the test names a single input (<c>[Input]</c>, <c>input</c>), when it has one.</param>
    /// <param name="turns">How it names scripted turns, when it has them.</param>
    /// <param name="simulatedUser">How it names a simulated user, when it has one.</param>
    public static string? OneSourceOfMessages(string? input, string? turns, string? simulatedUser)
    {
        string[] given = [.. new[] { input, turns, simulatedUser }.OfType<string>()];
        return given.Length <= 1
            ? null
            : $"has both {string.Join(" and ", given)}; a test sends one input, holds a scripted conversation of turns, or lets a simulated user talk. Keep one.";
    }

    /// <summary>Gets what is wrong with a validator's turn number, or <see langword="null"/>.</summary>
    /// <param name="turn">The turn the validator judges (0 for the whole test).</param>
    /// <param name="turnCount">How many scripted turns the test has.</param>
    public static string? TurnReference(int turn, int turnCount) => turn switch
    {
        < 0 => $"is {turn}; turns are numbered from 1 (0 judges the whole test).",
        0 => null,
        _ when turnCount == 0 => $"is {turn}, but the test has no scripted turns; give it turns, or leave the turn out to judge the test's response.",
        _ when turn > turnCount => $"is {turn}, but the test has {turnCount} turn(s); turns are numbered from 1 to {turnCount}.",
        _ => null,
    };

    /// <summary>Checks a simulated user.</summary>
    /// <param name="simulation">The simulated user.</param>
    /// <param name="judged">Whether something judges the goal: the test's validators, or the goal judge.</param>
    /// <returns>Each problem with the field it concerns.</returns>
    public static IEnumerable<(SimulationField Field, string Message)> Simulation(UserSimulation simulation, bool judged)
    {
        if (string.IsNullOrWhiteSpace(simulation.Goal))
            yield return (SimulationField.Goal, "is empty; say what the user wants from the agent.");
        if (simulation.MaxTurns < 1)
            yield return (SimulationField.MaxTurns, $"is {simulation.MaxTurns}; a conversation makes at least 1 turn.");
        if (simulation.StopWhen is { } pattern && StopPatternProblem(pattern) is { } problem)
            yield return (SimulationField.StopWhen, problem);
        if (!judged)
            yield return (SimulationField.Validators, "nothing judges whether the simulated user's goal was met; add validators (an LLM judge reads the whole conversation) or turn on the goal judge.");
    }

    /// <summary>Checks the conversation of a definition as the engine gets it, whoever made it; discovery has said more already.</summary>
    /// <param name="test">The definition.</param>
    /// <returns>What is wrong, or <see langword="null"/>.</returns>
    public static string? DefinitionProblem(AgentTestDefinition test)
    {
        if (!test.IsConversation)
            return null;
        if (OneSourceOfMessages(test.Input is null ? null : "Input", test.Turns.Count > 0 ? "Turns" : null, test.UserSimulation is null ? null : "UserSimulation") is { } conflict)
            return conflict;
        var blank = test.Turns.Select((t, i) => (Turn: t, Number: i + 1)).FirstOrDefault(t => TurnText(t.Turn.Text) is not null);
        if (blank.Turn is not null)
            return $"Turns[{blank.Number - 1}] {TurnText(blank.Turn.Text)}";
        return test.UserSimulation is { } simulation && Simulation(simulation, judged: true).FirstOrDefault() is { Message: not null } problem
            ? $"UserSimulation.{problem.Field} {problem.Message}"
            : null;
    }

    /// <summary>Makes the LLM judge that decides whether a simulated user's goal was met.</summary>
    public static JudgeValidator GoalJudge(UserSimulation simulation) =>
        new($"By the end of the conversation, the user's goal is met: {simulation.Goal}");

    private static string? StopPatternProblem(string pattern)
    {
        if (pattern.Length == 0)
            return "is empty; give a regular expression, or leave it out.";
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"is not a valid regular expression: {ex.Message}";
        }
    }
}
