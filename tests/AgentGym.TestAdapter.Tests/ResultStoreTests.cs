using AgentGym.Sdk;
using AgentGym.TestAdapter.Fixtures.Benchmarks;
using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Tests;

public sealed class ResultStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agentgym-store-" + Guid.NewGuid().ToString("N"));

    private string StorePath => Path.Combine(_folder, "results.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Every_reported_result_is_recorded_in_the_configured_store()
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, settingsXml: AdapterDriver.AgentGymSettings($"<Store>{StorePath}</Store>"));

        using var store = SqliteResultStore.OpenExisting(StorePath);
        var run = Assert.Single(store.ListRuns(new RunQuery()));
        Assert.Equal(("AgentGym.TestAdapter.Fixtures.dll", Environment.MachineName), (run.Info.Source, run.Info.Machine));
        Assert.NotNull(run.CompletedAt);
        Assert.Equal(handle.Results.Count, run.Total);
        Assert.Equal(handle.Results.Count(r => r.Outcome == TestOutcome.Passed), run.Passed);
    }

    [Fact]
    public void A_corrupt_store_is_a_run_warning_naming_the_file_and_tests_still_report()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(StorePath, new string('x', 8192));

        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, settingsXml: AdapterDriver.AgentGymSettings($"<Store>{StorePath}</Store>"));

        Assert.NotEmpty(handle.Results);
        Assert.Contains(handle.Warnings, w => w.Contains(StorePath, StringComparison.Ordinal));
    }

    [Fact]
    public void Store_off_records_nothing()
    {
        AdapterDriver.RunAll(AdapterDriver.FixtureSource, filter: "TestCategory=none", settingsXml: AdapterDriver.AgentGymSettings("<Store>off</Store>"));

        Assert.False(File.Exists(StorePath));
    }

    [Fact]
    public void A_benchmark_run_is_recorded_with_its_summary()
    {
        var refund = typeof(RefundBenchmark).FullName!;

        AdapterDriver.RunAll(AdapterDriver.BenchmarkSource, filter: "FullyQualifiedName=" + refund, settingsXml: AdapterDriver.AgentGymSettings($"<Store>{StorePath}</Store>"));

        using var store = SqliteResultStore.OpenExisting(StorePath);
        var run = Assert.Single(store.ListRuns(new RunQuery()));
        Assert.Equal(RunKinds.Benchmark, run.Info.Kind);
        var benchmark = Assert.Single(store.GetBenchmarkRuns(run.Id)).Record;
        Assert.Contains("polite", benchmark.Agents);
        Assert.Contains("\"Iterations\"", benchmark.Json, StringComparison.OrdinalIgnoreCase);
    }
}
