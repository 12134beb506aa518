using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using BenchmarkDotNet.Attributes;

namespace AgentGym.Benchmarks.Performance;

/// <summary>
/// What naming the running tests costs a test: the results store listener's start and end of one test, with the run journal
/// (two unbuffered writes) and without it. The store itself is left out (it fails to open, so results are dropped), so that
/// only the listener and the journal are measured. docs/store.md lists the figures.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class RunJournalBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agentgym-journal-bench-" + Guid.NewGuid().ToString("N"));
    private readonly AgentTestDefinition _test = new() { Id = "Suite.Test[agent=support][input=1]", FullName = "Suite.Test", DisplayName = "Suite.Test(\"refund order 42\")", AgentName = "support" };
    private ResultStoreListener _plain = null!;
    private ResultStoreListener _journaled = null!;
    private AgentTestRun _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        _result = new AgentTestRun { Test = _test, Status = AgentTestStatus.Passed };
        _plain = Listener(journalFolder: null);
        _journaled = Listener(Path.Combine(_folder, "results.db" + ".running"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _journaled.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A test's start and end without a journal.</summary>
    [Benchmark(Baseline = true)]
    public void Without_journal()
    {
        _plain.OnTestStarted(_test);
        _plain.OnTestCompleted(_result);
    }

    /// <summary>A test's start and end with the journal that names it if the process dies.</summary>
    [Benchmark]
    public void With_journal()
    {
        _journaled.OnTestStarted(_test);
        _journaled.OnTestCompleted(_result);
    }

    private static ResultStoreListener Listener(string? journalFolder) =>
        new(null, () => throw new ResultStoreException("no store: the benchmark measures the listener alone"), () => new RunInfo(), _ => { }, opened: null, journalFolder, "Suite.Tests.dll");
}
