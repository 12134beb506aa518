using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>An <see cref="IToolCallMatcher"/> made from a predicate.</summary>
internal sealed class DelegateToolCallMatcher(string description, Func<ToolCall, bool> predicate) : IToolCallMatcher
{
    public string Description { get; } = description;

    public bool Matches(ToolCall call) => predicate(call);
}
