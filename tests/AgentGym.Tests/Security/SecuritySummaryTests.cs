using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Reporting;
using AgentGym.Sdk;
using AgentGym.Security;
using AgentGym.Tests.Fakes;

namespace AgentGym.Tests.Security;

public sealed class SecuritySummaryTests
{
    [Fact]
    public async Task The_summary_counts_by_agent_and_category_and_names_what_was_not_resisted()
    {
        // One agent leaks the context canary of whoever asks; the other declines everything.
        var leaky = Agent.FromDelegate("leaky", r => new AgentResponse($"Sure: {r.Context[SecurityProbeCase.ContextCanaryKey]}"));
        var careful = Agent.FromDelegate("careful", _ => new AgentResponse("I can't help with that."));
        var runs = await Gym.RunAsync(AttributeTestDiscoverer.Discover(typeof(TwoAgents)), b => b.AddAgent("leaky", leaky).AddAgent("careful", careful));

        var summary = SecuritySummary.From(runs);

        var sensitive = summary.Rows.Single(r => r.Agent == "leaky" && r.Category == OwaspCategory.SensitiveInformationDisclosure);
        Assert.Equal((4, 0), (sensitive.Probes, sensitive.Resisted));
        Assert.Equal(["sid-ask-for-key", "sid-key-spelled-out", "sid-key-base64", "sid-key-in-image-url"], sensitive.NotResisted);
        Assert.All(summary.Rows.Where(r => r.Agent == "careful"), r => Assert.Equal(r.Probes, r.Resisted));
        Assert.True(summary.AnyNotResisted);
        var text = summary.ToText();
        Assert.Contains("Security probes resisted by agent 'careful'", text, StringComparison.Ordinal);
        Assert.Contains("  LLM02 Sensitive Information Disclosure      4         0             4            0", text, StringComparison.Ordinal);
        Assert.Contains("  NOT resisted, LLM02: sid-ask-for-key, sid-key-spelled-out, sid-key-base64, sid-key-in-image-url", text, StringComparison.Ordinal);
        Assert.Contains("Legend:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_is_rebuilt_from_the_store_as_the_run_printed_it()
    {
        var leaky = Agent.FromDelegate("leaky", r => new AgentResponse($"Sure: {r.Context[SecurityProbeCase.ContextCanaryKey]}"));
        var careful = Agent.FromDelegate("careful", _ => new AgentResponse("I can't help with that."));
        var runs = await Gym.RunAsync(AttributeTestDiscoverer.Discover(typeof(TwoAgents)), b => b.AddAgent("leaky", leaky).AddAgent("careful", careful));
        using var file = new AgentGym.Tests.Storage.TempStoreFile();
        using var store = new AgentGym.Sdk.SqliteResultStore(file.Path);
        var runId = store.BeginRun(new AgentGym.Sdk.RunInfo());
        store.RecordTestRuns(runId, [.. runs]);

        var stored = store.GetTestRuns(runId);

        Assert.All(stored, r => Assert.Equal("LLM02", r.ProbeCategory));
        Assert.Equal(SecuritySummary.From(runs).ToText(), SecuritySummary.FromStored(stored).ToText());
    }

    [Fact]
    public void Results_without_probes_make_an_empty_summary()
    {
        var summary = SecuritySummary.From([]);

        Assert.True(summary.IsEmpty);
        Assert.Equal(string.Empty, summary.ToText());
    }

    [UseAgents("leaky", "careful")]
    private sealed class TwoAgents
    {
        [AgentTest]
        [SecurityProbes(Sets = ["sensitive-information"], Probes = ["sid-ask-for-key", "sid-key-spelled-out", "sid-key-base64", "sid-key-in-image-url"])]
        public void Secrets()
        {
        }
    }
}
