using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Tests.Storage;

public sealed class RegressionTests : IDisposable
{
    private readonly TempStoreFile _file = new();
    private long? _tokens = 100;
    private string _answer = "refund issued";

    public void Dispose() => _file.Dispose();

    public sealed class RefundRegression
    {
        [AgentTest(Type = AgentTestType.Regression), Input("refund order 42")]
        [Baseline(MaxTokenIncreasePercent = 20)]
        public static void Tokens_stay_near_the_baseline(AgentResponse response) => Assert.NotNull(response);

        [AgentTest(Type = AgentTestType.Regression), Input("refund order 42")]
        [Baseline(RequireSameOutput = true)]
        public static void Output_stays_the_same(AgentResponse response) => Assert.NotNull(response);

        [AgentTest(Type = AgentTestType.Regression), Input("refund order 42")]
        public static void Compared_by_default(AgentResponse response) => Assert.NotNull(response);

        [AgentTest(Type = AgentTestType.Regression), Input("refund order 42")]
        [Baseline(RequireSameOutput = false)]
        public static void Output_may_change(AgentResponse response) => Assert.NotNull(response);
    }

    [Fact]
    public async Task A_regression_test_without_baseline_attribute_fails_when_its_output_changes()
    {
        await RunAsync(nameof(RefundRegression.Compared_by_default));
        _answer = "please call support";

        var run = await RunAsync(nameof(RefundRegression.Compared_by_default));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        var message = Assert.Single(run.Validations).Message;
        Assert.Contains("output differs", message, StringComparison.Ordinal);
        Assert.Contains("please call support", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regression_test_without_baseline_attribute_fails_when_tokens_grow_past_the_default_tolerance()
    {
        await RunAsync(nameof(RefundRegression.Compared_by_default));
        _tokens = 121;

        var run = await RunAsync(nameof(RefundRegression.Compared_by_default));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Contains("tokens 100 -> 121 (+21%, at most +20%)", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regression_test_passes_when_nothing_changed_and_names_what_it_compared_with()
    {
        await RunAsync(nameof(RefundRegression.Compared_by_default));

        var run = await RunAsync(nameof(RefundRegression.Compared_by_default));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.StartsWith("within tolerances of run 1 (main @ ", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_baseline_attribute_overrides_the_default_output_check()
    {
        await RunAsync(nameof(RefundRegression.Output_may_change));
        _answer = "refund issued to your card";

        var run = await RunAsync(nameof(RefundRegression.Output_may_change));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
    }

    [Fact]
    public async Task A_regression_test_of_an_agent_without_usage_still_compares_its_output_and_says_what_it_could_not_compare()
    {
        _tokens = null;
        await RunAsync(nameof(RefundRegression.Compared_by_default));

        var same = await RunAsync(nameof(RefundRegression.Compared_by_default));
        _answer = "please call support";
        var changed = await RunAsync(nameof(RefundRegression.Compared_by_default));

        Assert.Equal(AgentTestStatus.Passed, same.Status);
        Assert.Contains("Not compared: tokens were not reported in the baseline or in this run", Assert.Single(same.Validations).Message, StringComparison.Ordinal);
        Assert.Equal(AgentTestStatus.Failed, changed.Status);
    }

    [Fact]
    public async Task A_token_tolerance_asked_for_on_an_agent_without_usage_is_an_error_not_a_pass()
    {
        _tokens = null;
        await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));

        var run = await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("tokens were not reported in the baseline or in this run", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regression_test_without_a_baseline_passes_with_a_note()
    {
        var run = await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Contains("no baseline yet", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regression_test_passes_within_its_token_tolerance()
    {
        await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));
        _tokens = 119;

        var run = await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
    }

    [Fact]
    public async Task A_regression_test_fails_when_tokens_grow_past_the_tolerance()
    {
        await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));
        _tokens = 130;

        var run = await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Contains("tokens 100 -> 130 (+30%, at most +20%)", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_run_is_not_the_next_baseline()
    {
        await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));
        _tokens = 130;
        await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));

        var run = await RunAsync(nameof(RefundRegression.Tokens_stay_near_the_baseline));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
    }

    [Fact]
    public async Task A_regression_test_that_requires_the_same_output_shows_both_texts()
    {
        await RunAsync(nameof(RefundRegression.Output_stays_the_same));
        _answer = "please call support";

        var run = await RunAsync(nameof(RefundRegression.Output_stays_the_same));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        var message = Assert.Single(run.Validations).Message;
        Assert.Contains("refund issued", message, StringComparison.Ordinal);
        Assert.Contains("please call support", message, StringComparison.Ordinal);
    }

    // One recorded run of one test on the main branch, as 'dotnet test' makes it.
    private async Task<AgentTestRun> RunAsync(string method)
    {
        var tokens = _tokens;
        var answer = _answer;
        await using var runtime = AgentGymRuntime.Create(b => b.AddAgent("support", Agent.FromDelegate("support", _ =>
            new AgentResponse(answer) { Usage = tokens is null ? null : new UsageDetails { InputTokenCount = tokens / 2, OutputTokenCount = tokens - (tokens / 2), TotalTokenCount = tokens } })));
        var test = Assert.Single(AttributeTestDiscoverer.Discover(typeof(RefundRegression)), t => t.FullName.EndsWith(method, StringComparison.Ordinal));
        using var recording = new ResultStoreListener(null, _file.Path, new RunInfo { Branch = "main", Commit = Guid.NewGuid().ToString("N") }, _ => { });
        runtime.Services!.GetRequiredService<ResultStoreContext>().Attach(recording.Store, recording.RunId, "main");
        return Assert.Single(await new AgentTestEngine(runtime).RunAsync([test], recording));
    }
}
