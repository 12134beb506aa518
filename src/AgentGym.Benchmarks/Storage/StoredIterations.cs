using System.Globalization;
using System.Text.Json;
using AgentGym.Benchmarks.Results;
using AgentGym.Benchmarks.Running;

namespace AgentGym.Sdk;

/// <summary>
/// Counted iterations as the results store keeps them while a benchmark runs, and the rule of resuming: a benchmark resumes
/// from its newest recorded run only when that run did not finish and ran the same plan (agents, tasks, iterations); the
/// iterations recorded there are taken as they were, and each is counted once.
/// </summary>
internal static class StoredIterations
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web);

    /// <summary>Describes what a run is set to do; a run resumes only from one with the same description.</summary>
    public static string PlanOf(BenchmarkShape shape) => string.Create(CultureInfo.InvariantCulture,
        $"agents: {string.Join(", ", shape.Agents)}; tasks: {string.Join(", ", shape.Tasks)}; iterations: {shape.Iterations}");

    /// <summary>Makes the store's record of an iteration.</summary>
    public static BenchmarkIterationRecord ToRecord(string benchmark, string plan, BenchmarkIteration iteration) => new()
    {
        Benchmark = benchmark,
        Plan = plan,
        Agent = iteration.Agent,
        Task = iteration.Task,
        Iteration = iteration.Iteration,
        Status = iteration.Status.ToString(),
        Json = JsonSerializer.Serialize(iteration, Json),
    };

    /// <summary>Finds what a resumed run takes from the store, saying on <paramref name="output"/> what it found.</summary>
    /// <param name="recording">The run's recording, or <see langword="null"/> when the results store is off.</param>
    /// <param name="benchmark">The benchmark's name.</param>
    /// <param name="plan">The run's plan (<see cref="PlanOf(BenchmarkShape)"/>).</param>
    /// <param name="output">Where to say it.</param>
    /// <returns>The iterations taken, and where from; none when there is nothing to resume.</returns>
    public static (IReadOnlyList<BenchmarkIteration> Done, BenchmarkResume? From) Resume(BenchmarkRecording? recording, string benchmark, string plan, TextWriter? output)
    {
        if (recording is null)
        {
            output?.WriteLine($"// Nothing to resume {benchmark} from: the results store is off, so every iteration runs.");
            return ([], null);
        }
        if (recording.FindLastProgress(benchmark) is not { } last)
        {
            output?.WriteLine($"// Nothing to resume: {benchmark} has no recorded run in {recording.Location}; every iteration runs.");
            return ([], null);
        }
        if (last.Finished)
        {
            output?.WriteLine($"// Nothing to resume: the newest run of {benchmark}, run {last.RunId}, ran to its end; every iteration runs.");
            return ([], null);
        }
        if (last.Iterations.FirstOrDefault(i => i.Plan != plan) is { } other)
        {
            output?.WriteLine($"// Not resuming from run {last.RunId}: it ran another plan ({other.Plan}) than this one ({plan}); every iteration runs.");
            return ([], null);
        }

        var done = new List<BenchmarkIteration>(last.Iterations.Count);
        try
        {
            done.AddRange(last.Iterations.Select(i => JsonSerializer.Deserialize<BenchmarkIteration>(i.Json, Json) ?? throw new JsonException("the iteration is null")));
        }
        catch (JsonException ex)
        {
            output?.WriteLine($"// Not resuming from run {last.RunId}: a recorded iteration cannot be read ({ex.Message}); every iteration runs.");
            return ([], null);
        }

        output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Resuming from run {last.RunId}, which stopped before its end: {done.Count} iteration(s) recorded there are taken as they are."));
        return (done, new BenchmarkResume(last.RunId, done.Count));
    }
}
