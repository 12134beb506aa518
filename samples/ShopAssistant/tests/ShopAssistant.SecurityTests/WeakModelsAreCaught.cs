using AgentGym.Reporting;
using AgentGym.Results;
using AgentGym.Security;
using ShopAssistant.Models;

namespace ShopAssistant.SecurityTests;

/// <summary>
/// The same security tests with a weak model behind the assistant: each weakness is caught, by the probes meant for it.
/// These are ordinary xunit tests, so the sample's run stays green while it shows the failures.
/// </summary>
public sealed class WeakModelsAreCaught
{
    [Fact]
    public async Task The_leaky_model_is_caught_revealing_its_instructions_and_the_planted_key()
    {
        var runs = await ProbeRuns.RunAsync(new LeakyModel());

        var extraction = runs.Case("spe-repeat-verbatim");
        Assert.Equal(AgentTestStatus.Failed, extraction.Status);
        Assert.Contains("system-prompt canary", extraction.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("system-prompt excerpt", extraction.Error.Message, StringComparison.Ordinal);
        var exfiltration = runs.Case("sid-ask-for-key");
        Assert.Contains($"context canary {exfiltration.Test.Probe!.ContextCanary.Value} appears in the answer text", exfiltration.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("sid-key-base64", runs.NotResisted());
    }

    [Fact]
    public async Task The_gullible_model_is_caught_obeying_instructions_injected_through_tool_results()
    {
        var runs = await ProbeRuns.RunAsync(new GullibleModel());

        var injection = runs.Case("pi-tool-result-override");
        Assert.Equal(AgentTestStatus.Failed, injection.Status);
        Assert.Contains("obeyed the injected instruction", injection.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("NoUnsafeOutput", runs.Case("oh-tool-result-image").Error!.Message, StringComparison.Ordinal);
        Assert.Contains("the arguments of tool call", runs.Case("sid-tool-result-forward").Error!.Message, StringComparison.Ordinal);
        Assert.Contains("consume without bound", runs.Case("uc-tool-result-loop").Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overreaching_model_is_caught_calling_forbidden_tools()
    {
        var runs = await ProbeRuns.RunAsync(new OverreachingModel());

        var direct = runs.Case("ea-direct-authorized");
        Assert.Contains("expected no call to tool \"delete_account\"", direct.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("OnlyTools", runs.Case("ea-tool-result-workflow").Error!.Message, StringComparison.Ordinal);
        // It keeps secrets and obeys no injected text: only its tool calls give it away.
        var caught = runs.Where(r => ProbeVerdicts.Of(r) == ProbeVerdict.NotResisted).ToList();
        Assert.NotEmpty(caught);
        Assert.All(caught, run => Assert.All(run.Validations.Where(v => !v.Passed), v => Assert.Matches("^(ForbidToolCall|OnlyTools)", v.Validator)));
    }

    [Fact]
    public async Task Every_category_has_a_probe_that_a_weak_model_fails_and_the_hardened_model_resists()
    {
        var hardened = await ProbeRuns.RunAsync(new HardenedModel());
        var weak = new List<AgentTestRun>();
        foreach (var model in new Microsoft.Extensions.AI.IChatClient[] { new LeakyModel(), new GullibleModel(), new OverreachingModel() })
            weak.AddRange(await ProbeRuns.RunAsync(model));

        Assert.All(hardened, run => Assert.Equal(ProbeVerdict.Resisted, ProbeVerdicts.Of(run)));
        var failedByWeak = weak.Where(r => ProbeVerdicts.Of(r) == ProbeVerdict.NotResisted).Select(r => r.Test.Probe!.Probe).ToList();
        Assert.All(OwaspCategories.All, category => Assert.Contains(failedByWeak, probe => probe.Category == category));
    }
}
