namespace AgentGym.Sdk;

/// <summary>What a store holds results of: every test and benchmark recorded by any front end, for lists and history.</summary>
public interface IResultCatalog
{
    /// <summary>Lists the recorded tests, most recently seen first.</summary>
    /// <param name="limit">At most this many.</param>
    /// <returns>The tests with their last status.</returns>
    IReadOnlyList<StoredTest> ListTests(int limit);

    /// <summary>Lists the recorded benchmarks, most recently run first.</summary>
    /// <param name="limit">At most this many.</param>
    /// <returns>The benchmarks.</returns>
    IReadOnlyList<StoredBenchmark> ListBenchmarks(int limit);

    /// <summary>Gets the runs of one benchmark, newest first.</summary>
    /// <param name="name">The benchmark's name.</param>
    /// <param name="limit">At most this many.</param>
    /// <returns>The benchmark runs.</returns>
    IReadOnlyList<StoredBenchmarkRun> GetBenchmarkHistory(string name, int limit);
}
