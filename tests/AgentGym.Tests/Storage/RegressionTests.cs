using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Discovery;
using AgentGym.Execution;
using AgentGym.Hosting;
using AgentGym.Results;
using AgentGym.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Tests.Storage;

public sealed class RegressionTests : IDisposable
{
    private readonly TempStoreFile _file = new();
    private long _tokens = 100;
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
            new AgentResponse(answer) { Usage = new UsageDetails { InputTokenCount = tokens / 2, OutputTokenCount = tokens - (tokens / 2), TotalTokenCount = tokens } })));
        var test = Assert.Single(AttributeTestDiscoverer.Discover(typeof(RefundRegression)), t => t.FullName.EndsWith(method, StringComparison.Ordinal));
        using var recording = new ResultStoreListener(null, _file.Path, new RunInfo { Branch = "main", Commit = Guid.NewGuid().ToString("N") }, _ => { });
        runtime.Services!.GetRequiredService<ResultStoreContext>().Attach(recording.Store, recording.RunId, "main");
        return Assert.Single(await new AgentTestEngine(runtime).RunAsync([test], recording));
    }
}
