using AgentGym.Validation;

namespace AgentGym.Definitions;

/// <summary>One scripted turn of a conversation test: what the user says, and the validators that judge the agent's answer to it.</summary>
/// <param name="Text">The user's message.</param>
public sealed record TurnDefinition(string Text)
{
    /// <summary>Gets the validators that judge this turn's answer (with this turn's metrics).</summary>
    public IReadOnlyList<IValidator> Validators { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Text;
}
