namespace AgentGym.Definitions;

/// <summary>
/// A simulated user that holds a conversation with the agent: a chat model (registered with <c>builder.AddUserSimulator</c>)
/// plays a person with a goal and a persona, turn by turn, until it says the goal is reached, the agent's answer matches
/// <see cref="StopWhen"/>, or <see cref="MaxTurns"/> turns have been made. Validators then judge whether the goal was met.
/// </summary>
/// <param name="Goal">What the user wants from the agent, in words the simulator reads.</param>
public sealed record UserSimulation(string Goal)
{
    /// <summary>The service key of the user simulator's chat client in the test services (see <c>builder.AddUserSimulator</c>).</summary>
    public const string ChatClientKey = "AgentGym.UserSimulator";

    /// <summary>The number of turns a simulated conversation makes at most when none is given.</summary>
    public const int DefaultMaxTurns = 8;

    /// <summary>
    /// What the simulator answers, alone, when its goal is reached or cannot be reached; the conversation then ends. The
    /// simulator's instructions ask for it.
    /// </summary>
    public const string StopToken = "[DONE]";

    /// <summary>Gets who the user is and how they speak, such as <c>an impatient customer who writes short messages</c>.</summary>
    public string? Persona { get; init; }

    /// <summary>Gets the most turns the conversation makes.</summary>
    public int MaxTurns { get; init; } = DefaultMaxTurns;

    /// <summary>Gets a regular expression that ends the conversation when the agent's answer matches it, or <see langword="null"/>.</summary>
    public string? StopWhen { get; init; }
}
