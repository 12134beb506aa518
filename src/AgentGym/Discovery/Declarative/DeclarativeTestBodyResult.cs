using AgentGym.Definitions;

namespace AgentGym.Sdk;

/// <summary>A declarative test read from a body: its test cases, or what is wrong with the body.</summary>
/// <param name="Tests">The test cases (one, or one per probe of a security test); empty when the body has problems.</param>
/// <param name="Problems">What is wrong, field by field; empty when <paramref name="Tests"/> is set.</param>
public sealed record DeclarativeTestBodyResult(IReadOnlyList<AgentTestDefinition> Tests, IReadOnlyList<DeclarativeTestProblem> Problems);
