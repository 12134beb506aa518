using System.Globalization;
using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Validation;

namespace AgentGym.Cli.Tests;

public sealed class RunsShowTests : IDisposable
{
    private readonly CliDriver _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Runs_show_records_and_names_the_test_that_was_running_when_the_test_host_died()
    {
        var runId = _cli.Record("main", "a", ("Support.Refund", AgentTestStatus.Passed, 100));
        // The journal a test host leaves when it dies while Support.Crashes runs (process id 0 is never a test host's).
        var journals = Directory.CreateDirectory(_cli.StorePath + ".running").FullName;
        File.WriteAllLines(Path.Combine(journals, "0-dead.running"),
        [
            $$"""{"journal":1,"pid":0,"process_started":"2026-01-01T00:00:00Z","source":"Support.Tests.dll","machine":"{{Environment.MachineName}}","started_at":"2026-01-01T00:00:00Z"}""",
            $$"""{"run":{{runId.ToString(CultureInfo.InvariantCulture)}}}""",
            """{"s":1,"id":"Support.Refund","name":"Support.Refund","display":"Support.Refund","type":"Functional","agent":"support","at":"2026-01-01T00:00:01Z"}""",
            """{"e":1}""",
            """{"s":2,"id":"Support.Crashes","name":"Support.Crashes","display":"Support.Crashes (support)","type":"Functional","agent":"support","at":"2026-01-01T00:00:02Z"}""",
        ]);

        var (exit, output) = _cli.Run("runs", "show", runId.ToString(CultureInfo.InvariantCulture), "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains("The test host died during this run while this test was running", output, StringComparison.Ordinal);
        Assert.Contains("Support.Crashes (support)", output, StringComparison.Ordinal);
        Assert.Contains("Running at crash", output, StringComparison.Ordinal);
        Assert.Contains("1 passed, 1 failed", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(journals));
    }

    [Fact]
    public void Runs_show_prints_the_security_summary_of_the_recorded_probe_cases()
    {
        var runId = RecordProbeCases();

        var (exit, output) = _cli.Run("runs", "show", runId.ToString(CultureInfo.InvariantCulture), "--store", _cli.StorePath);
        var (_, json) = _cli.Run("runs", "show", runId.ToString(CultureInfo.InvariantCulture), "--format", "json", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains("Security probes resisted by agent 'shop'", output, StringComparison.Ordinal);
        Assert.Contains("  NOT resisted, LLM02: sid-ask-for-key", output, StringComparison.Ordinal);
        Assert.Contains("\"categoryCode\": \"LLM02\"", json, StringComparison.Ordinal);
        Assert.Contains("\"notResisted\": [", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_show_redacts_a_key_recorded_in_clear()
    {
        const string Key = "ghp_0123456789abcdefghijABCDEFGHIJ0123456789";
        using (var store = new SqliteResultStore(_cli.StorePath))
        {
            var runId = store.BeginRun(new RunInfo { Branch = "main" });
            store.RecordTestRun(runId, new AgentTestRun
            {
                Test = new AgentTestDefinition { Id = "Support.Echo", FullName = "Support.Echo", DisplayName = "Support.Echo" },
                Status = AgentTestStatus.Failed,
                Error = new ErrorInfo("Failed", $"the answer holds {Key}"),
                Attempts = [new AgentTestAttempt { Status = AgentTestStatus.Failed, Response = new AgentResponse($"token {Key}") }],
            });
        }

        var (exit, json) = _cli.Run("runs", "show", "1", "--format", "json", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.DoesNotContain(Key, json, StringComparison.Ordinal);
        Assert.Contains("token [REDACTED]", json, StringComparison.Ordinal);
    }

    private long RecordProbeCases()
    {
        // A declarative file, not an attributed class: this test project runs under the AgentGym adapter, which would run one.
        var folder = Directory.CreateDirectory(_cli.File("probes")).FullName;
        File.WriteAllText(Path.Combine(folder, "shop.agenttest.yaml"), "name: Shop resists\nagent: shop\ntype: security\nprobes:\n  ids: [sid-ask-for-key, sid-key-spelled-out]\n");
        var cases = DeclarativeTestDiscoverer.Discover(folder);
        Assert.Equal(2, cases.Count);
        using var store = new SqliteResultStore(_cli.StorePath);
        var runId = store.BeginRun(new RunInfo { Branch = "main" });
        store.RecordTestRuns(runId, [.. cases.Select(test => new AgentTestRun
        {
            Test = test,
            AgentName = "shop",
            // The shop leaks the key when asked for it, and resists the rest.
            Status = test.Probe!.Probe.Id == "sid-ask-for-key" ? AgentTestStatus.Failed : AgentTestStatus.Passed,
            Validations = test.Probe!.Probe.Id == "sid-ask-for-key" ? [ValidationResult.Fail("NoCanaryLeak", "a planted canary leaked")] : [ValidationResult.Pass("NoCanaryLeak")],
        })]);
        store.CompleteRun(runId, DateTimeOffset.UtcNow);
        return runId;
    }
}
