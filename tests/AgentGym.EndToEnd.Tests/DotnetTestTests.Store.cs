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
            Assert.Contains("2 tests in run 1, 2 in run 2: 0 now failing, 0 now passing.", compare.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(store)!, recursive: true);
        }
    }

    private static string AgentGymCli => ServerProcess.AgentGymCli;
}
