using System.Threading.Channels;

namespace AgentGym.Sdk;

/// <summary>
/// A benchmark run being recorded: each counted iteration is written as it ends, by one background writer, so that a run that
/// is stopped or killed keeps what it did and can resume from it; the summary and the end of the run are written by
/// <see cref="Complete(BenchmarkRunRecord)"/>. A store that fails is a warning, never a failed benchmark. Made by
/// <see cref="RunSession.BeginBenchmark(DateTimeOffset)"/>.
/// </summary>
public sealed class BenchmarkRecording : IDisposable
{
    private const int MaxBatch = 256;

    private readonly IResultStore _store;
    private readonly Action<string> _warn;
    private readonly Channel<BenchmarkIterationRecord> _pending = Channel.CreateUnbounded<BenchmarkIterationRecord>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private bool _failed;
    private bool _completed;
    private int _disposed;

    internal BenchmarkRecording(IResultStore store, long runId, Action<string> warn)
    {
        _store = store;
        _warn = warn;
        RunId = runId;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Gets the store's id of the run.</summary>
    public long RunId { get; }

    /// <summary>Gets where the store is, for messages.</summary>
    public string Location => _store.Location;

    /// <summary>Reads the newest earlier run of a benchmark, to resume from; call it before recording iterations.</summary>
    /// <param name="benchmark">The benchmark's name.</param>
    /// <returns>Its progress, or <see langword="null"/> when it was never recorded or the store cannot be read (with a warning).</returns>
    public BenchmarkProgress? FindLastProgress(string benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        try
        {
            return _store.GetLastBenchmarkProgress(benchmark);
        }
        catch (ResultStoreException ex)
        {
            _warn($"The benchmark {benchmark} cannot resume: {ex.Message}");
            return null;
        }
    }

    /// <summary>Records an iteration in the background; returns at once.</summary>
    /// <param name="iteration">The iteration.</param>
    public void Record(BenchmarkIterationRecord iteration)
    {
        ArgumentNullException.ThrowIfNull(iteration);
        _pending.Writer.TryWrite(iteration);
    }

    /// <summary>Writes the pending iterations, the benchmark's summary and the end of the run.</summary>
    /// <param name="record">The benchmark run.</param>
    /// <returns><see langword="true"/> when the summary was recorded.</returns>
    public bool Complete(BenchmarkRunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Drain();
        _completed = true;
        try
        {
            _store.RecordBenchmarkRun(RunId, record);
            _store.CompleteRun(RunId, record.CompletedAt);
            return true;
        }
        catch (ResultStoreException ex)
        {
            _warn($"The benchmark run {record.Name} is not recorded: {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// Writes what is pending and closes the store. A run that ended without <see cref="Complete(BenchmarkRunRecord)"/> (the
    /// benchmark threw) is marked as ended but keeps no summary, so it can still be resumed from; one whose process died stays unfinished.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        Drain();
        try
        {
            if (!_completed)
                _store.CompleteRun(RunId, DateTimeOffset.UtcNow);
        }
        catch (ResultStoreException ex)
        {
            _warn($"The end of benchmark run {RunId} was not recorded: {ex.Message}");
        }
        finally
        {
            _store.Dispose();
        }
    }

    private void Drain()
    {
        _pending.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
    }

    private async Task WriteAsync()
    {
        var batch = new List<BenchmarkIterationRecord>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var iteration))
                batch.Add(iteration);
            if (_failed)
                continue;
            try
            {
                _store.RecordBenchmarkIterations(RunId, batch);
            }
            catch (ResultStoreException ex)
            {
                _failed = true;
                _warn($"Recording the benchmark's iterations stopped (the run cannot resume from the rest): {ex.Message}");
            }
        }
    }
}
