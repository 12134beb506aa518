using AgentGym.Definitions;

namespace AgentGym.Discovery.Declarative;

/// <summary>A declarative test read from a body: the definition, or what is wrong with the body.</summary>
/// <param name="Test">The definition, or <see langword="null"/> when the body has problems.</param>
/// <param name="Problems">What is wrong, field by field; empty when <paramref name="Test"/> is set.</param>
public sealed record DeclarativeTestBodyResult(AgentTestDefinition? Test, IReadOnlyList<DeclarativeTestProblem> Problems);
