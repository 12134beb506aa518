using System.Reflection;
using AgentGym.Agents;
using AgentGym.Benchmarks.Attributes;
using AgentGym.Benchmarks.Configs;
using AgentGym.Validation;

namespace AgentGym.Benchmarks.Running;

/// <summary>Reads a benchmark class's attributes into a <see cref="BenchmarkPlan"/>, and says everything that is declared wrong at once.</summary>
internal static class BenchmarkClassReader
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance;

    public static BenchmarkPlan Read(Type type, AgentBenchmarkConfig config)
    {
        var attribute = type.GetCustomAttribute<AgentBenchmarkAttribute>(inherit: true)
            ?? throw new AgentBenchmarkDefinitionException($"{type.FullName} has no [AgentBenchmark] attribute.");
        var errors = new List<string>();
        var baseDirectory = Path.GetDirectoryName(type.Assembly.Location) is { Length: > 0 } folder ? folder : AppContext.BaseDirectory;

        var properties = type.GetProperties(Members).Where(p => p.IsDefined(typeof(AgentParamsAttribute), inherit: true)).ToList();
        if (properties.Count != 1)
            errors.Add($"it needs exactly one property with [AgentParams], found {properties.Count}.");
        var property = properties.FirstOrDefault();
        var agentParams = property?.GetCustomAttribute<AgentParamsAttribute>(inherit: true);
        if (property is not null && (property.PropertyType != typeof(IAgent) || property.SetMethod is not { IsPublic: true }))
            errors.Add($"the [AgentParams] property {property.Name} must be a public settable IAgent property.");
        var agents = agentParams?.Agents.Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (agentParams is not null && (agents.Count == 0 || agents.Any(string.IsNullOrWhiteSpace)))
            errors.Add("[AgentParams] must name at least one agent, and no empty name.");
        var baseline = agentParams?.Baseline ?? agents.FirstOrDefault() ?? string.Empty;
        if (agentParams?.Baseline is { } named && !agents.Contains(named, StringComparer.Ordinal))
            errors.Add($"the baseline '{named}' is not one of the [AgentParams] agents ({string.Join(", ", agents)}).");

        var tasks = new List<BenchmarkTaskCase>();
        var methods = type.GetMethods(Members).Where(m => m.IsDefined(typeof(BenchmarkTaskAttribute), inherit: true))
            .OrderBy(m => m.GetCustomAttribute<BenchmarkTaskAttribute>(inherit: true)!.SourceLineNumber).ToList();
        if (methods.Count == 0)
            errors.Add("it has no public [BenchmarkTask] method.");
        foreach (var method in methods)
            tasks.AddRange(ReadTask(type, method, baseDirectory, errors));

        var iterations = config.Iterations ?? attribute.Iterations;
        var warmup = config.WarmupIterations ?? attribute.WarmupIterations;
        var parallelism = config.MaxParallelism ?? attribute.MaxParallelism;
        if (iterations < 1 || warmup < 0 || parallelism < 1)
            errors.Add($"[AgentBenchmark] needs Iterations >= 1, WarmupIterations >= 0 and MaxParallelism >= 1 (got {iterations}, {warmup}, {parallelism}).");
        if (errors.Count > 0)
        {
            var where = $"{Path.GetFileName(attribute.SourceFilePath)}:{attribute.SourceLineNumber}";
            throw new AgentBenchmarkDefinitionException($"{type.FullName} ({where}) is not a valid agent benchmark:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", errors)}");
        }

        var selected = tasks.Where(t => TaskFilter.Matches(config.Filters, type, t.Name)).ToList();
        return new BenchmarkPlan
        {
            Type = type,
            AgentProperty = property!,
            Agents = agents,
            Baseline = baseline,
            Tasks = selected,
            GlobalSetups = [.. type.GetMethods(Members).Where(m => m.IsDefined(typeof(GlobalSetupAttribute), inherit: true))],
            GlobalCleanups = [.. type.GetMethods(Members).Where(m => m.IsDefined(typeof(GlobalCleanupAttribute), inherit: true))],
            Iterations = iterations,
            WarmupIterations = warmup,
            MaxParallelism = parallelism,
            Timeout = attribute.TimeoutSeconds > 0 ? TimeSpan.FromSeconds(attribute.TimeoutSeconds) : null,
        };
    }

    private static List<BenchmarkTaskCase> ReadTask(Type type, MethodInfo method, string baseDirectory, List<string> errors)
    {
        var owner = $"{type.FullName}.{method.Name}";
        var name = method.GetCustomAttribute<BenchmarkTaskAttribute>(inherit: true)!.Description ?? method.Name;
        var parameters = method.GetParameters();
        var tasksFrom = method.GetCustomAttribute<TasksFromAttribute>(inherit: true);
        var takesRequest = parameters.Any(p => p.ParameterType == typeof(AgentRequest));
        if (!ReturnsResponse(method.ReturnType))
            errors.Add($"[BenchmarkTask] {method.Name} must return Task<AgentResponse>, ValueTask<AgentResponse> or AgentResponse.");
        if (parameters.Any(p => p.ParameterType != typeof(AgentRequest) && p.ParameterType != typeof(CancellationToken) && p.ParameterType != typeof(IAgent)))
            errors.Add($"[BenchmarkTask] {method.Name} may only take an AgentRequest, an IAgent and a CancellationToken.");
        if (takesRequest != (tasksFrom is not null))
            errors.Add($"[BenchmarkTask] {method.Name} takes an AgentRequest exactly when it has [TasksFrom(\"file.jsonl\")].");

        var validators = new List<IValidator>();
        var context = new ValidatorCreationContext(owner, baseDirectory);
        foreach (var attribute in type.GetCustomAttributes<ValidatorAttribute>(inherit: true).Concat(method.GetCustomAttributes<ValidatorAttribute>(inherit: true)))
        {
            try
            {
                validators.Add(attribute.CreateValidator(context));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                errors.Add(ex.Message);
            }
        }

        if (tasksFrom is null)
            return [new BenchmarkTaskCase(name, method, null, validators)];
        try
        {
            return [.. TaskFileReader.Read(context.ResolvePath(tasksFrom.Path), owner)
                .Select(line => new BenchmarkTaskCase($"{name}[{line.Name}]", method, line.Request, line.Expected is null ? validators : [.. validators, line.Expected]))];
        }
        catch (AgentBenchmarkDefinitionException ex)
        {
            errors.Add(ex.Message);
            return [];
        }
    }

    private static bool ReturnsResponse(Type type) =>
        type == typeof(AgentResponse) || type == typeof(Task<AgentResponse>) || type == typeof(ValueTask<AgentResponse>);
}
