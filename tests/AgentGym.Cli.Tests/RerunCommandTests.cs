using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Cli.Tests;

/// <summary>
/// <c>agentgym rerun</c> says which run it looked at and what it re-runs, and runs nothing when there is nothing to re-run. (It
/// runs 'dotnet test' otherwise; the end-to-end tests run that on a packed consumer project.)
/// </summary>
public sealed class RerunCommandTests : IDisposable
{
    private readonly CliDriver _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_last_run_that_passed_leaves_nothing_to_re_run()
    {
        _cli.Record("main", "a", ("Refund", AgentTestStatus.Failed, 100));
        var last = RecordOnThisMachine(("Refund", AgentTestStatus.Passed));

        var (exit, output) = _cli.Run("rerun", "--failed", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains($"Nothing to re-run: no test failed in run {last} of Support.Tests.dll", output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet test", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Errored_looks_only_for_errors()
    {
        var last = RecordOnThisMachine(("Refund", AgentTestStatus.Failed), ("Status", AgentTestStatus.Timeout));

        var (exit, output) = _cli.Run("rerun", "--errored", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains($"Nothing to re-run: no test ended in an error in run {last} of Support.Tests.dll", output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_that_is_not_there_is_exit_code_2_with_its_path()
    {
        var missing = _cli.File("missing.db");

        var (exit, output) = _cli.Run("rerun", "--failed", "--store", missing);

        Assert.Equal(2, exit);
        Assert.Contains($"The AgentGym results store {missing} does not exist", output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_store_has_nothing_to_re_run()
    {
        using (new SqliteResultStore(_cli.StorePath))
        {
        }

        var (exit, output) = _cli.Run("rerun", "--failed", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains($"Nothing to re-run: no run on {Environment.MachineName} is recorded in", output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Rerun_without_failed_or_errored_says_what_to_give()
    {
        var (exit, output) = _cli.Run("rerun", "--store", _cli.StorePath);

        Assert.NotEqual(0, exit);
        Assert.Contains("Say what to re-run: --failed", output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    private long RecordOnThisMachine(params (string Test, AgentTestStatus Status)[] results)
    {
        var runId = _cli.Record("main", "b", [.. results.Select(r => (r.Test, r.Status, 100L))]);
        using var store = SqliteResultStore.OpenExisting(_cli.StorePath);
        Assert.Equal(Environment.MachineName, store.GetRun(runId)!.Info.Machine);
        return runId;
    }
}
