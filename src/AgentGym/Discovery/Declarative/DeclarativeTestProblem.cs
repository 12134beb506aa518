namespace AgentGym.Sdk;

/// <summary>What is wrong with a declarative test body, and where.</summary>
/// <param name="Field">The field's path, such as <c>validation_rules[1].regex</c>; empty for the body as a whole.</param>
/// <param name="Line">The line in the body (1-based), when known.</param>
/// <param name="Message">What is wrong, in the words a test file's error uses.</param>
public sealed record DeclarativeTestProblem(string Field, int? Line, string Message);
