using AgentGym.Definitions;
using AgentGym.Security;
using Newtonsoft.Json.Linq;

namespace AgentGym.Discovery.Declarative;

/// <summary>The <c>probes</c> field of a declarative test: its selection, and the test cases it makes, one per probe.</summary>
internal static class DeclarativeProbes
{
    /// <summary>Gets whether a <c>probes</c> field asks for probes: an object, or <see langword="true"/>.</summary>
    public static bool AreWanted(JToken? probes) => probes is JObject || (probes is JValue { Type: JTokenType.Boolean } flag && flag.Value<bool>());

    /// <summary>Reads the selection of a test's <c>probes</c> field (already checked against the schema).</summary>
    public static SecurityProbeSelection Selection(JToken probes)
    {
        if (probes is not JObject fields)
            return new SecurityProbeSelection();
        string[] List(string name) => fields[name] is JArray items ? [.. items.Values<string>().OfType<string>()] : [];
        return new SecurityProbeSelection
        {
            Categories = List("categories"),
            Sets = List("sets"),
            Ids = List("ids"),
            Files = List("files"),
            IncludeBuiltIn = fields.Value<bool?>("builtin") ?? true,
            Options = new SecurityProbeOptions
            {
                Task = fields.Value<string>("task"),
                ForbiddenTools = List("forbidden_tools"),
                AllowedTools = List("allowed_tools"),
                SystemPromptExcerpt = fields.Value<string>("system_prompt_excerpt"),
                RefusalCheck = fields.Value<string>("refusal") == "judge" ? RefusalCheck.Judge : RefusalCheck.Rule,
            },
        };
    }

    /// <summary>Checks what the schema cannot: that a test has an input or probes, not both; that probes are wanted.</summary>
    public static IEnumerable<DeclarativeProblem> Problems(JObject test)
    {
        var path = test.Path.Length == 0 ? string.Empty : test.Path + ".";
        var wanted = AreWanted(test["probes"]);
        if (test["input"] is null && test["turns"] is null && test["simulated_user"] is null && !wanted)
            yield return DeclarativeProblem.At(test, $"{path}input", "is required. Give the task (input), a conversation (turns) or a simulated user (simulated_user); a security test may give 'probes' instead: the probes make the input.");
        if (test["input"] is { } input && wanted)
            yield return DeclarativeProblem.At(input, $"{path}input", "cannot go with 'probes': the probes make the input. Give indirect probes their benign task with 'task' under 'probes'.");
    }

    /// <summary>Makes one test case per selected probe from the test's own definition.</summary>
    public static IReadOnlyList<AgentTestDefinition> Expand(AgentTestDefinition test, IReadOnlyList<SecurityProbe> probes, SecurityProbeOptions options) =>
        [.. probes.Select(probe =>
        {
            var id = test.Id + SecurityProbeCases.IdPart(probe);
            var probeCase = SecurityProbeCases.Create(probe, id, options);
            return new AgentTestDefinition
            {
                Id = id,
                FullName = test.FullName,
                DisplayName = $"{test.DisplayName}({SecurityProbeCases.DisplayPart(probe)})",
                AgentName = test.AgentName,
                Type = AgentTestType.Security,
                Input = probeCase.Request,
                Validators = [.. test.Validators, .. SecurityProbeCases.Validators(probeCase)],
                Timeout = test.Timeout,
                Retries = test.Retries,
                Runs = test.Runs,
                PassThreshold = test.PassThreshold,
                RequiredTools = test.RequiredTools,
                SkipReason = test.SkipReason ?? SecurityProbeCases.SkipReason(probe, options),
                SourceFile = test.SourceFile,
                SourceLine = test.SourceLine,
                TestFile = test.TestFile,
                Traits = [.. test.Traits, .. SecurityProbeCases.Traits(probe)],
                Probe = probeCase,
            };
        })];
}
