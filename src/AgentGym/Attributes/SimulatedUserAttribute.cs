using AgentGym.Definitions;

namespace AgentGym.Attributes;

/// <summary>
/// Has a simulated user hold the conversation with the agent: the chat client registered with
/// <c>builder.AddUserSimulator(...)</c> plays a person with <see cref="Goal"/> and <see cref="Persona"/>, turn by turn,
/// until it says its goal is reached, the agent's answer matches <see cref="StopWhen"/>, or <see cref="MaxTurns"/> turns
/// have been made. The test's validators (or <see cref="JudgeGoal"/>) then decide whether the goal was met; the transcript is
/// in the test output.
/// </summary>
/// <param name="goal">What the user wants from the agent, in words the simulator reads.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class SimulatedUserAttribute(string goal) : Attribute
{
    /// <summary>Gets what the user wants from the agent.</summary>
    public string Goal { get; } = goal;

    /// <summary>Gets or sets who the user is and how they speak.</summary>
    public string? Persona { get; set; }

    /// <summary>Gets or sets the most turns the conversation makes; 8 by default.</summary>
    public int MaxTurns { get; set; } = UserSimulation.DefaultMaxTurns;

    /// <summary>Gets or sets a regular expression that ends the conversation when the agent's answer matches it.</summary>
    public string? StopWhen { get; set; }

    /// <summary>
    /// Gets or sets whether the LLM judge (registered with <c>builder.AddJudge</c>) decides whether the goal was met, reading the
    /// whole conversation; the verdict is one of the test's validators.
    /// </summary>
    public bool JudgeGoal { get; set; }
}
