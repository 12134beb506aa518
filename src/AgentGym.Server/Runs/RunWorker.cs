using System.Collections.Concurrent;
using AgentGym.Server.Catalog;
using AgentGym.Server.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgentGym.Server.Runs;

/// <summary>
/// Takes queued runs from the store and runs them, as many at once as the engine's <c>MaxConcurrency</c>. It holds each run
/// by a lease that it renews while the run goes on, so that a worker that dies leaves runs that the next worker ends as errors;
/// when the server stops, its running runs end as errors at once ("the server stopped"), never left in <c>running</c>.
/// </summary>
internal sealed partial class RunWorker(ServerStore store, RunExecutor executor, AgentGymServerOptions options, RunQueueSignal signal, ILogger<RunWorker> logger)
    : BackgroundService
{
    private const string LeaseExpired = "The server stopped before the run ended (its worker's lease ran out).";

    private readonly ConcurrentDictionary<long, CancellationTokenSource> _running = new();
    private readonly ConcurrentDictionary<Task, byte> _tasks = new();

    /// <summary>Gets the name this worker claims runs under.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Cancels a run this worker is running.</summary>
    /// <returns><see langword="true"/> when the run is running here.</returns>
    public bool TryCancel(long runId)
    {
        if (!_running.TryGetValue(runId, out var cancellation))
            return false;
        cancellation.Cancel();
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var slots = new SemaphoreSlim(Math.Max(1, options.EngineOptions.MaxConcurrency));
        var leases = Task.Run(() => RenewLeasesAsync(stoppingToken), CancellationToken.None);
        try
        {
            await Task.Yield();
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                RunRequest? claimed = null;
                try
                {
                    var now = DateTimeOffset.UtcNow;
                    claimed = store.Requests.ClaimRunRequest(Owner, now, now + options.LeaseDuration);
                }
                catch (ResultStoreException ex)
                {
                    LogStoreFailed(logger, ex.Message);
                }

                if (claimed is null)
                {
                    slots.Release();
                    await signal.WaitAsync(options.PollInterval, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                var task = RunAsync(claimed, slots, stoppingToken);
                _tasks.TryAdd(task, 0);
                _ = task.ContinueWith(t => _tasks.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await leases.ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // Running runs were cancelled with the stopping token and end as errors; wait a little for them to be written.
        await Task.WhenAny(Task.WhenAll(_tasks.Keys), Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None)).ConfigureAwait(false);
        try
        {
            store.Requests.FailAbandonedRunRequests(Owner, DateTimeOffset.UtcNow, RunExecutor.ServerStopped);
        }
        catch (ResultStoreException ex)
        {
            LogStoreFailed(logger, ex.Message);
        }
    }

    private async Task RunAsync(RunRequest request, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _running[request.RunId] = cancellation;
        try
        {
            await Task.Yield();
            await executor.ExecuteAsync(request, cancellation.Token, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogRunFailed(logger, request.RunId, ex.Message);
        }
        finally
        {
            _running.TryRemove(request.RunId, out _);
            slots.Release();
        }
    }

    private async Task RenewLeasesAsync(CancellationToken stoppingToken)
    {
        var period = options.LeaseDuration / 3;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = DateTimeOffset.UtcNow;
                // Runs of workers that died: their leases ran out.
                store.Requests.FailAbandonedRunRequests(null, now, LeaseExpired);
                if (!_running.IsEmpty)
                {
                    foreach (var runId in store.Requests.RenewLeases(Owner, now + options.LeaseDuration))
                        TryCancel(runId);
                }
            }
            catch (ResultStoreException ex)
            {
                LogStoreFailed(logger, ex.Message);
            }

            try
            {
                await Task.Delay(period, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AgentGym run queue: the results store failed: {Message}")]
    private static partial void LogStoreFailed(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "AgentGym run {RunId} failed outside the engine: {Message}")]
    private static partial void LogRunFailed(ILogger logger, long runId, string message);
}
