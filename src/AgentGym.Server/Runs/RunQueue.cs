using AgentGym.Server.Catalog;
using AgentGym.Server.Hosting;

namespace AgentGym.Server.Runs;

/// <summary>
/// Queues runs in the store, where every worker on the store finds them. The queue is bounded: beyond
/// <see cref="AgentGymServerOptions.MaxQueuedRuns"/> waiting runs, a request is refused rather than queued.
/// </summary>
internal sealed class RunQueue(ServerStore store, AgentGymServerOptions options, RunQueueSignal signal)
{
    private readonly Dictionary<string, RunInfo> _runInfo = new(StringComparer.Ordinal)
    {
        [RunKinds.Test] = Describe(RunKinds.Test, options),
        [RunKinds.Benchmark] = Describe(RunKinds.Benchmark, options),
    };

    /// <summary>Queues a run.</summary>
    /// <returns>The queued request, or <see langword="null"/> when the queue is full.</returns>
    public RunRequest? Enqueue(RunRequest request)
    {
        if (store.Requests.CountPendingRunRequests() >= options.MaxQueuedRuns)
            return null;
        var queued = store.Requests.EnqueueRun(_runInfo[request.Kind] with { StartedAt = DateTimeOffset.UtcNow }, request);
        signal.Notify();
        return queued;
    }

    // Read once: the git commit of the served project does not change under a running server.
    private static RunInfo Describe(string kind, AgentGymServerOptions options)
    {
        var assembly = options.TestAssembly;
        var folder = assembly is null || string.IsNullOrEmpty(assembly.Location) ? null : Path.GetDirectoryName(assembly.Location);
        return RunInfo.Detect(kind, assembly?.GetName().Name is { } name ? $"{name} (agentgym serve)" : "agentgym serve", folder);
    }
}
