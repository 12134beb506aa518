using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Validation;
using Newtonsoft.Json.Linq;

namespace AgentGym.Discovery.Declarative;

/// <summary>
/// Turns one test of a declarative file into an <see cref="AgentTestDefinition"/> with no method: the engine sends its input
/// to the agent and applies its validators, as it does for an attributed test with an <c>[Input]</c>. A test that breaks
/// the schema, or whose rules are wrong, still becomes a definition, whose error names the file, line and field.
/// </summary>
internal static class DeclarativeTestReader
{
    /// <summary>Reads a test.</summary>
    /// <param name="test">The test, read with line information.</param>
    /// <param name="field">Its path in the file (<c>tests[1]</c>), or empty for a file of one test.</param>
    /// <param name="file">Where the file is.</param>
    /// <param name="found">Receives what is wrong with the test, when the caller wants it one by one; may be <see langword="null"/>.</param>
    /// <returns>The definitions: one, or one per probe of a security test.</returns>
    public static IReadOnlyList<AgentTestDefinition> Read(JToken test, string field, DeclarativeTestFile file, List<DeclarativeProblem>? found = null)
    {
        var problems = found ?? [];
        problems.AddRange(test is JObject ? AgentTestFileSchema.Check(test) : [DeclarativeProblem.At(test, field, "must be a test object with a name and an input (or turns, or a simulated_user).")]);
        if (test is JObject candidate)
            problems.AddRange([.. DeclarativeProbes.Problems(candidate), .. ConversationReader.MessageSourceProblems(candidate)]);
        // Read before the problems are reported, so the name may be anything: only a text names the test.
        var name = (test as JObject)?["name"] is JValue { Type: JTokenType.String, Value: string { Length: > 0 } given } ? given : FallbackName(field, file);
        var fullName = file.Namespace.Length == 0 ? name : $"{file.Namespace}.{name}";
        if (test is not JObject body || problems.Count > 0)
            return [Broken(file, fullName, name, test, problems)];

        // The schema has checked the type's name.
        var type = body.Value<string>("type") is { } typeName ? Enum.Parse<AgentTestType>(typeName, ignoreCase: true) : AgentTestType.Functional;
        var context = new ValidatorCreationContext(fullName, file.Directory) { IsRegressionTest = type == AgentTestType.Regression };
        var (turns, simulation, validators) = ConversationReader.Read(body, context, problems);

        IReadOnlyList<Security.SecurityProbe>? probes = null;
        var selection = DeclarativeProbes.AreWanted(body["probes"]) ? DeclarativeProbes.Selection(body["probes"]!) : null;
        if (selection is not null)
        {
            try
            {
                probes = selection.Resolve(file.Directory);
            }
            catch (Exception ex) when (ex is Security.ProbeFileException or ArgumentException)
            {
                problems.Add(DeclarativeProblem.At(body.Property("probes"), body["probes"]!.Path, ex.Message));
            }
        }

        if (problems.Count > 0)
            return [Broken(file, fullName, name, test, problems)];

        RegressionBaseline.AddDefault(type, validators);
        var definition = new AgentTestDefinition
        {
            Id = fullName,
            FullName = fullName,
            DisplayName = name,
            AgentName = body.Value<string>("agent"),
            Type = type,
            Input = body["input"] is { } input ? Input(input) : null,
            Validators = validators,
            Turns = turns,
            UserSimulation = simulation,
            Timeout = body.Value<double?>("timeout_seconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Retries = body.Value<int?>("retries") ?? 0,
            Runs = body.Value<int?>("runs") ?? 0,
            PassThreshold = body.Value<double?>("pass_threshold") ?? 1.0,
            Concurrency = body.Value<int?>("concurrency") ?? TestSettings.DefaultStressConcurrency,
            RequiredTools = body["required_tools"] is JArray tools ? [.. tools.Values<string>().Select(t => t!).Distinct(StringComparer.Ordinal)] : [],
            SkipReason = body.Value<string>("skip"),
            SourceFile = file.SourceFile,
            SourceLine = LineOf(test),
            TestFile = file.RelativePath,
            Traits = body["traits"] is JObject traits ? [.. traits.Properties().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.Value<string>()!))] : [],
        };
        return probes is null ? [definition] : DeclarativeProbes.Expand(definition, probes, selection!.Options);
    }

    /// <summary>Makes the one definition of a file that cannot be read at all.</summary>
    /// <param name="file">Where the file is.</param>
    /// <param name="problem">Why it cannot be read.</param>
    /// <returns>A definition that fails with the problem.</returns>
    public static AgentTestDefinition Unreadable(DeclarativeTestFile file, DeclarativeProblem problem) =>
        Broken(file, file.Namespace, Path.GetFileName(file.RelativePath), null, [problem]);

    private static AgentTestDefinition Broken(DeclarativeTestFile file, string fullName, string name, JToken? test, List<DeclarativeProblem> problems) => new()
    {
        Id = fullName,
        FullName = fullName,
        DisplayName = name,
        DefinitionError = $"{file.RelativePath} is not a valid agent test file:{Environment.NewLine}- " +
            string.Join(Environment.NewLine + "- ", problems.Select(p => p.Format(file.RelativePath))),
        SourceFile = file.SourceFile,
        SourceLine = LineOf(test) ?? problems.FirstOrDefault()?.Line,
        TestFile = file.RelativePath,
    };

    // The line of the test's name, where a reader looks for the test; else where the test starts.
    private static int? LineOf(JToken? test) => DeclarativeProblem.LineOf((test as JObject)?.Property("name")) ?? DeclarativeProblem.LineOf(test);

    private static string FallbackName(string field, DeclarativeTestFile file) =>
        field.Length == 0 ? Path.GetFileName(file.RelativePath) : $"{Path.GetFileName(file.RelativePath)}{(field.StartsWith('[') ? field : "." + field)}";

    private static AgentRequest Input(JToken input) => input is JObject task
        ? new AgentRequest(task.Value<string>("task")!, task["context"] is JObject context ? (IReadOnlyDictionary<string, object?>)ContextValue(context)! : null)
        : new AgentRequest(input.Value<string>()!);

    // Context values become plain .NET values (string, long, double, bool, null, dictionaries and lists) that any agent can read.
    private static object? ContextValue(JToken token) => token switch
    {
        JObject map => map.Properties().ToDictionary(p => p.Name, p => ContextValue(p.Value), StringComparer.Ordinal),
        JArray list => list.Select(ContextValue).ToList(),
        JValue value => value.Value,
        _ => token.ToString(),
    };
}
