using System.Reflection;
using System.Runtime.CompilerServices;
using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Discovery;
using AgentGym.Security;
using AgentGym.Validation;

namespace AgentGym.Sdk;

/// <summary>
/// Finds the <c>[AgentTest]</c> methods of an assembly and makes one <see cref="AgentTestDefinition"/> per agent and input.
/// A test that is declared wrong (a bad signature, a bad regex, a missing schema file) still becomes a definition,
/// with a <see cref="AgentTestDefinition.DefinitionError"/> that says what is wrong, so that it is reported and never dropped.
/// </summary>
public static class AttributeTestDiscoverer
{
    private const BindingFlags TestMethods = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
    private const int MaxInputInDisplayName = 60;

    /// <summary>Finds every agent test in an assembly.</summary>
    /// <param name="assembly">The test assembly.</param>
    /// <returns>The test cases, in declaration order within each class.</returns>
    public static IReadOnlyList<AgentTestDefinition> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var baseDirectory = Path.GetDirectoryName(assembly.Location) ?? AppContext.BaseDirectory;
        return [.. LoadableTypes(assembly).Where(CanHoldTests).SelectMany(t => Discover(t, baseDirectory))];
    }

    /// <summary>Finds the agent tests of one class.</summary>
    /// <param name="testClass">The class.</param>
    /// <param name="baseDirectory">The folder that relative file paths (schemas) resolve against; defaults to the class's assembly folder.</param>
    /// <returns>The test cases.</returns>
    public static IReadOnlyList<AgentTestDefinition> Discover(Type testClass, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        if (!testClass.IsClass || testClass.IsAbstract || testClass.ContainsGenericParameters)
            return [];
        baseDirectory ??= Path.GetDirectoryName(testClass.Assembly.Location) ?? AppContext.BaseDirectory;
        return [.. testClass.GetMethods(TestMethods)
            .Where(m => m.IsDefined(typeof(AgentTestAttribute), inherit: true))
            .OrderBy(m => m.GetCustomAttribute<AgentTestAttribute>(inherit: true)!.SourceLineNumber)
            .SelectMany(m => DiscoverMethod(testClass, m, baseDirectory))];
    }

    // Only a concrete, non-generic class a person wrote can hold test methods. Compiler-generated classes (closures, async
    // and iterator state machines, anonymous types) are most of a test assembly's types; their methods are not even listed.
    private static bool CanHoldTests(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
        && !type.Name.Contains('<', StringComparison.Ordinal)
        && !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }

    private static IEnumerable<AgentTestDefinition> DiscoverMethod(Type testClass, MethodInfo method, string baseDirectory)
    {
        var attribute = method.GetCustomAttribute<AgentTestAttribute>(inherit: true)!;
        var fullName = $"{testClass.FullName}.{method.Name}";
        var key = IsOverloaded(testClass, method) ? $"{fullName}({string.Join(",", method.GetParameters().Select(p => p.ParameterType.Name))})" : fullName;
        var errors = new List<string>();

        var inputs = InputResolver.Resolve(testClass, method, errors);
        var probeAttribute = method.GetCustomAttribute<SecurityProbesAttribute>(inherit: true);
        var probeOptions = probeAttribute?.ToSelection().Options ?? new SecurityProbeOptions();
        var probes = probeAttribute is null ? null : ResolveProbes(probeAttribute, inputs.Count > 0 || method.IsDefined(typeof(InputSourceAttribute), inherit: true), baseDirectory, errors);
        var hasInputs = inputs.Count > 0 || probeAttribute is not null || method.IsDefined(typeof(InputSourceAttribute), inherit: true);
        var created = CreateValidators(testClass, method, new ValidatorCreationContext(fullName, baseDirectory), errors);
        var inputSource = probeAttribute is not null ? "[SecurityProbes]" : hasInputs ? "[Input]" : null;
        var (turns, simulation, validators) = ConversationResolver.Resolve(method, inputSource, created, errors);
        var isConversation = turns.Count > 0 || simulation is not null;
        errors.AddRange(TestMethodSignature.Problems(method, hasInputs || isConversation).Select(p => $"Test method {fullName} {p}"));
        errors.AddRange(TestSettings.Problems(attribute));

        RegressionBaseline.AddDefault(attribute.Type, validators);
        var agents = AgentNames(testClass, method, errors);
        var traits = testClass.GetCustomAttributes<AgentTraitAttribute>(inherit: true)
            .Concat(method.GetCustomAttributes<AgentTraitAttribute>(inherit: true))
            .Select(t => new KeyValuePair<string, string>(t.Name, t.Value))
            .ToList();
        // What the method's cases share is read once: attribute lookups cost microseconds, and a data source may give thousands of cases.
        string[] requiredTools = [.. testClass.GetCustomAttributes<RequiresToolsAttribute>(inherit: true).Concat(method.GetCustomAttributes<RequiresToolsAttribute>(inherit: true)).SelectMany(a => a.ToolNames).Distinct(StringComparer.Ordinal)];
        Type[] requiredServices = [.. testClass.GetCustomAttributes<RequiresServiceAttribute>(inherit: true).Concat(method.GetCustomAttributes<RequiresServiceAttribute>(inherit: true)).Select(a => a.ServiceType).Distinct()];
        var testMethod = new TestMethod(testClass, method);
        var timeout = attribute.TimeoutSeconds > 0 ? TimeSpan.FromSeconds(attribute.TimeoutSeconds) : (TimeSpan?)null;
        var skipReason = string.IsNullOrWhiteSpace(attribute.Skip) ? null : attribute.Skip;
        var tasksGiven = inputs.CountBy(i => i.Task, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);

        var baseName = attribute.DisplayName ?? $"{testClass.Name}.{method.Name}";
        var definitionError = errors.Count == 0 ? null : $"{fullName} ({Path.GetFileName(attribute.SourceFilePath)}:{attribute.SourceLineNumber}) is not a valid agent test:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", errors)}";
        var cases = inputs.Count == 0 || isConversation ? [(Input: (AgentRequest?)null, Index: (int?)null)] : inputs.Select((input, i) => (Input: (AgentRequest?)input, Index: (int?)i)).ToList();

        foreach (var agent in agents)
        {
            foreach (var probe in probes ?? [])
            {
                var id = key + (agent is null ? string.Empty : $"[agent={agent}]") + SecurityProbeCases.IdPart(probe);
                var probeCase = SecurityProbeCases.Create(probe, id, probeOptions);
                yield return new AgentTestDefinition
                {
                    Id = id,
                    FullName = fullName,
                    DisplayName = $"{baseName}({(agents.Count > 1 ? $"agent: {agent}, " : string.Empty)}{SecurityProbeCases.DisplayPart(probe)})",
                    AgentName = agent,
                    Type = AgentTestType.Security,
                    Input = probeCase.Request,
                    Validators = [.. validators, .. SecurityProbeCases.Validators(probeCase)],
                    Timeout = timeout,
                    Retries = Math.Max(0, attribute.Retries),
                    Runs = Math.Max(0, attribute.Runs),
                    PassThreshold = attribute.PassThreshold,
                    RequiredTools = requiredTools,
                    RequiredServices = requiredServices,
                    SkipReason = skipReason ?? SecurityProbeCases.SkipReason(probe, probeOptions),
                    DefinitionError = definitionError,
                    Method = testMethod,
                    SourceFile = string.IsNullOrEmpty(attribute.SourceFilePath) ? null : attribute.SourceFilePath,
                    SourceLine = attribute.SourceLineNumber > 0 ? attribute.SourceLineNumber : null,
                    Traits = [.. traits, .. SecurityProbeCases.Traits(probe)],
                    Probe = probeCase,
                };
            }

            if (probes is not null)
                continue;
            foreach (var (input, index) in cases)
            {
                yield return new AgentTestDefinition
                {
                    Id = key + (agent is null ? string.Empty : $"[agent={agent}]") + (index is null ? string.Empty : $"[input={index}]"),
                    FullName = fullName,
                    DisplayName = DisplayName(baseName, agents.Count > 1 ? agent : null, input, index, tasksGiven),
                    AgentName = agent,
                    Type = attribute.Type,
                    Input = input,
                    InputIndex = index,
                    Validators = validators,
                    Turns = turns,
                    UserSimulation = simulation,
                    Timeout = timeout,
                    Retries = Math.Max(0, attribute.Retries),
                    Runs = Math.Max(0, attribute.Runs),
                    PassThreshold = attribute.PassThreshold,
                    Concurrency = attribute.Concurrency > 0 ? attribute.Concurrency : TestSettings.DefaultStressConcurrency,
                    RequiredTools = requiredTools,
                    RequiredServices = requiredServices,
                    SkipReason = skipReason,
                    DefinitionError = definitionError,
                    Method = testMethod,
                    SourceFile = string.IsNullOrEmpty(attribute.SourceFilePath) ? null : attribute.SourceFilePath,
                    SourceLine = attribute.SourceLineNumber > 0 ? attribute.SourceLineNumber : null,
                    Traits = traits,
                };
            }
        }
    }

    // A test whose probes cannot be read still becomes one case that names the file, line and field.
    private static IReadOnlyList<SecurityProbe>? ResolveProbes(SecurityProbesAttribute attribute, bool hasInputs, string baseDirectory, List<string> errors)
    {
        if (hasInputs)
        {
            errors.Add("[SecurityProbes] makes the test's inputs: remove [Input]/[InputSource], and give indirect probes their benign task with [SecurityProbes(Task = ...)].");
            return null;
        }

        try
        {
            return attribute.ToSelection().Resolve(baseDirectory);
        }
        catch (Exception ex) when (ex is ProbeFileException or ArgumentException)
        {
            errors.Add($"[SecurityProbes] {ex.Message}");
            return null;
        }
    }

    private static List<(ValidatorAttribute Attribute, IValidator Validator)> CreateValidators(Type testClass, MethodInfo method, ValidatorCreationContext context, List<string> errors)
    {
        var validators = new List<(ValidatorAttribute, IValidator)>();
        Attribute[] all = [.. testClass.GetCustomAttributes(inherit: true).OfType<Attribute>(), .. method.GetCustomAttributes(inherit: true).OfType<Attribute>()];
        context = context with { Attributes = all };
        foreach (var attribute in all.OfType<ValidatorAttribute>())
        {
            try
            {
                validators.Add((attribute, attribute.CreateValidator(context)));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                var name = attribute.GetType().Name;
                name = name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
                // Built-in attributes already start their message with "[Name] on test ...".
                errors.Add(ex.Message.StartsWith($"[{name}]", StringComparison.Ordinal) ? ex.Message : $"[{name}] {ex.Message}");
            }
        }

        return validators;
    }

    private static List<string?> AgentNames(Type testClass, MethodInfo method, List<string> errors)
    {
        IReadOnlyList<string>? names =
            method.GetCustomAttribute<UseAgentsAttribute>(inherit: true)?.Names
            ?? Single(method.GetCustomAttribute<UseAgentAttribute>(inherit: true))
            ?? testClass.GetCustomAttribute<UseAgentsAttribute>(inherit: true)?.Names
            ?? Single(testClass.GetCustomAttribute<UseAgentAttribute>(inherit: true));
        if (names is null)
            return [null];
        if (names.Count == 0 || names.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("[UseAgent]/[UseAgents] names an empty agent name.");
            return [null];
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private static bool IsOverloaded(Type testClass, MethodInfo method) =>
        testClass.GetMethods(TestMethods).Count(m => m.Name == method.Name && m.IsDefined(typeof(AgentTestAttribute), inherit: true)) > 1;

    private static string[]? Single(UseAgentAttribute? attribute) => attribute is null ? null : [attribute.Name];

    private static string DisplayName(string baseName, string? agent, AgentRequest? input, int? index, Dictionary<string, int> tasksGiven)
    {
        var parts = new List<string>();
        if (agent is not null)
            parts.Add($"agent: {agent}");
        if (input is not null)
        {
            var text = input.Task.ReplaceLineEndings(" ");
            text = text.Length > MaxInputInDisplayName ? text[..(MaxInputInDisplayName - 1)] + "…" : text;
            var duplicate = tasksGiven[input.Task] > 1;
            parts.Add(duplicate ? $"#{index}: \"{text}\"" : $"\"{text}\"");
        }

        return parts.Count == 0 ? baseName : $"{baseName}({string.Join(", ", parts)})";
    }
}
