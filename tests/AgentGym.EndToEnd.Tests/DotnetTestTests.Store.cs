using System.Text.RegularExpressions;
using AgentGym.EndToEnd.Tests.Support;

namespace AgentGym.EndToEnd.Tests;

public sealed partial class DotnetTestTests
{
    [Fact]
    public async Task Two_dotnet_test_runs_are_recorded_and_agentgym_lists_and_compares_them()
    {
        var store = Path.Combine(Path.GetTempPath(), $"agentgym-e2e-{Guid.NewGuid():N}", "results.db");
        var filter = $"FullyQualifiedName={Tests}Echoes_the_request|FullyQualifiedName={Tests}Says_goodbye";
        try
        {
            // Inline runsettings: the same <AgentGym><Store> a .runsettings file sets.
            await consumer.TestAsync("--filter", filter, "--", $"AgentGym.Store={store}");
            await consumer.TestAsync("--filter", filter, "--", $"AgentGym.Store={store}");

            var list = await DotNetCli.RunAsync(consumer.ProjectFolder, AgentGymCli, "runs", "list", "--store", store);
            Assert.True(list.ExitCode == 0, list.ToString());
            Assert.Matches(new Regex(@"│ 2 +│[\s\S]*│ 1 +│"), list.Output);

            var compare = await DotNetCli.RunAsync(consumer.ProjectFolder, AgentGymCli, "compare", "1", "2", "--store", store);
            Assert.True(compare.ExitCode == 0, compare.ToString());
            Assert.Contains("2 tests in run 1, 2 in run 2: 0 now failing, 0 now passing, 0 new, 0 gone.", compare.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(store)!, recursive: true);
        }
    }

    [Fact]
    public async Task Rerun_failed_runs_only_the_tests_that_failed_in_the_last_run_from_the_cli_and_from_runsettings()
    {
        var store = Path.Combine(Path.GetTempPath(), $"agentgym-e2e-{Guid.NewGuid():N}", "results.db");
        try
        {
            var full = await consumer.TestAsync("--", $"AgentGym.Store={store}");
            Assert.True(TestSummary.Parse(full) is { Failed: 2 }, full.ToString());

            // The xunit fact runs as always: the selection is AgentGym's, of its own tests.
            var rerun = await DotNetCli.RunAsync(consumer.ProjectFolder, AgentGymCli, "rerun", "--failed", "--store", store, "--", "--no-build");
            Assert.True(rerun.ExitCode == 1, rerun.ToString());
            Assert.Equal(new TestSummary(Failed: 2, Passed: 1, Skipped: 0, Total: 3), TestSummary.Parse(rerun));
            var said = rerun.Output.ReplaceLineEndings(" ");
            Assert.Contains("Re-running the 2 test(s) that failed in run 1 of Consumer.dll", said, StringComparison.Ordinal);
            Assert.Contains("SupportAgentTests.Says_goodbye", said, StringComparison.Ordinal);
            Assert.Contains("SupportAgentTests.Returns_an_order", said, StringComparison.Ordinal);

            // The runsettings switch, on the run the command line recorded: the same two still fail.
            var again = await consumer.TestAsync("--", $"AgentGym.Store={store}", "AgentGym.Rerun=failed");
            Assert.Equal(new TestSummary(Failed: 2, Passed: 1, Skipped: 0, Total: 3), TestSummary.Parse(again));
            Assert.Contains("Re-running the 2 test(s) that failed in run 3 of Consumer.dll", again.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(store)!, recursive: true);
        }
    }

    private static string AgentGymCli => ServerProcess.AgentGymCli;
}
