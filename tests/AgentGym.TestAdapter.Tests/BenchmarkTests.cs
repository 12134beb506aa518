using AgentGym.TestAdapter.Fixtures.Benchmarks;
using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Tests;

public sealed class BenchmarkTests
{
    private static readonly string Refund = typeof(RefundBenchmark).FullName!;

    [Fact]
    public void Each_benchmark_class_is_discovered_as_one_test_case()
    {
        var testCases = AdapterDriver.Discover(AdapterDriver.BenchmarkSource);

        var refund = testCases.CaseOf(Refund);
        Assert.Equal("RefundBenchmark (agent benchmark)", refund.DisplayName);
        Assert.Contains(refund.Traits, t => t.Name == "Kind" && t.Value == "AgentBenchmark");
        Assert.EndsWith("RefundBenchmark.cs", refund.CodeFilePath, StringComparison.Ordinal);
        Assert.Equal(2, testCases.Count);
    }

    [Fact]
    public void A_benchmark_is_not_a_performance_test()
    {
        var testCases = AdapterDriver.Discover(AdapterDriver.BenchmarkSource);

        Assert.All(testCases, t => Assert.DoesNotContain(t.Traits, trait => trait.Name == "TestType"));
        Assert.Empty(AdapterDriver.RunAll(AdapterDriver.BenchmarkSource, filter: "TestType=Performance").Started);
        Assert.Single(AdapterDriver.RunAll(AdapterDriver.BenchmarkSource, filter: "Kind=AgentBenchmark&FullyQualifiedName~UnknownAgent", settingsXml: AdapterDriver.AgentGymSettings("<Store>off</Store>")).Started);
    }

    [Fact]
    public void Benchmark_result_holds_the_summary_and_the_reports_as_attachments()
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.BenchmarkSource, filter: "FullyQualifiedName=" + Refund);

        var result = handle.ResultOf(Refund);
        Assert.Equal(TestOutcome.Passed, result.Outcome);
        var output = result.StandardOutput();
        Assert.Contains("| Agent ", output, StringComparison.Ordinal);
        Assert.Contains("polite (baseline)", output, StringComparison.Ordinal);
        Assert.Contains("terse is ", output, StringComparison.Ordinal);
        var files = Assert.Single(result.Attachments).Attachments.Select(a => a.Uri.LocalPath).ToList();
        Assert.Equal(4, files.Count);
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        Assert.Contains(files, f => f.EndsWith($"{Refund}-report.html", StringComparison.Ordinal));
        Assert.Single(handle.Started, t => t.FullyQualifiedName == Refund);
    }

    [Fact]
    public void Benchmark_that_cannot_run_fails_with_the_reason()
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.BenchmarkSource, filter: "FullyQualifiedName~UnknownAgent");

        var result = handle.ResultOf(typeof(UnknownAgentBenchmark).FullName!);
        Assert.Equal(TestOutcome.Failed, result.Outcome);
        Assert.Contains("'nobody' is not registered", result.ErrorMessage, StringComparison.Ordinal);
    }
}
