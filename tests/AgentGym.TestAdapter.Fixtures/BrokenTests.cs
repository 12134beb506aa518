using AgentGym.Agents;
using AgentGym.Attributes;

namespace AgentGym.TestAdapter.Fixtures;

/// <summary>
/// Tests that cannot pass: a wrong signature, an agent nobody registered, an agent that never answers, and validators
/// declared wrong (a pattern that is no regex, a schema file that is not there).
/// </summary>
public sealed class BrokenTests
{
    public const string UnknownAgentName = "nobody";
    public const string InvalidPattern = "(unclosed";
    public const string MissingSchemaFile = "schemas/missing.schema.json";

    [AgentTest, UseAgent(FixtureStartup.Echo)]
    public static void HasWrongSignature(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count);

    [AgentTest, UseAgent(UnknownAgentName), Input("hello")]
    public static void UsesUnknownAgent(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);

    [AgentTest(TimeoutSeconds = 1), UseAgent(FixtureStartup.Stuck), Input("wait")]
    public static void TimesOut(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);

    [AgentTest, UseAgent(FixtureStartup.Echo), Input("hello"), MatchesRegex(InvalidPattern)]
    public static void HasInvalidRegex(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);

    [AgentTest, UseAgent(FixtureStartup.Echo), Input("hello"), MatchesJsonSchema(MissingSchemaFile)]
    public static void HasMissingSchemaFile(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);
}
