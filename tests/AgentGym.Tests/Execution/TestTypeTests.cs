using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Tests.Support;

namespace AgentGym.Tests.Execution;

public sealed class TestTypeTests
{
    public sealed class StressOfTwelve
    {
        [AgentTest(Type = AgentTestType.Stress, Concurrency = 12, PassThreshold = 0.75), Input("load")]
        public void HoldsUp()
        {
        }
    }

    [Fact]
    public async Task Stress_fires_all_calls_at_once()
    {
        var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = 0;
        var agent = Agent.FromDelegate("load", async (AgentRequest _, CancellationToken token) =>
        {
            if (Interlocked.Increment(ref inFlight) == 12)
                allIn.TrySetResult();
            // Each call waits for all twelve: only simultaneous calls can pass.
            await allIn.Task.WaitAsync(token);
            return new AgentResponse("ok");
        });

        var run = await EngineHarness.RunSingleAsync<StressOfTwelve>(agent);

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(12, run.Summary!.Runs);
        Assert.Equal(12, run.Summary.PassedRuns);
    }

    [Fact]
    public async Task Stress_holds_its_success_rate_threshold()
    {
        var calls = 0;
        var agent = Agent.FromDelegate("load", (AgentRequest _) =>
            Interlocked.Increment(ref calls) % 3 == 0 ? throw new HttpRequestException("503") : new AgentResponse("ok"));

        var run = await EngineHarness.RunSingleAsync<StressOfTwelve>(agent);

        Assert.Equal(8, run.Summary!.PassedRuns);
        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Contains("8 of 12 runs passed (66.7%)", run.Error!.Message, StringComparison.Ordinal);
    }

    public sealed class PerformanceWithTokenBudget
    {
        [AgentTest(Type = AgentTestType.Performance, Runs = 4), Input("answer"), Budget(MaxTokens = 100)]
        public void StaysCheap()
        {
        }
    }

    private static IAgent TokenAgent(params long[] tokensPerCall)
    {
        var call = 0;
        return Agent.FromDelegate("tokens", (AgentRequest _) =>
        {
            var tokens = tokensPerCall[Interlocked.Increment(ref call) - 1];
            return new AgentResponse("ok") { Usage = new Microsoft.Extensions.AI.UsageDetails { InputTokenCount = tokens, OutputTokenCount = 0, TotalTokenCount = tokens } };
        });
    }

    [Fact]
    public async Task Performance_applies_the_token_budget_to_the_mean_of_its_runs()
    {
        // One run is over 100 tokens, but the mean (85) is within the budget.
        var run = await EngineHarness.RunSingleAsync<PerformanceWithTokenBudget>(TokenAgent(40, 40, 40, 220));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(4, run.Attempts.Count);
        Assert.Contains(run.Validations, v => v.Passed && v.Message.Contains("4 runs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Performance_fails_when_the_mean_is_over_budget()
    {
        var run = await EngineHarness.RunSingleAsync<PerformanceWithTokenBudget>(TokenAgent(90, 120, 130, 100));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Equal("BudgetExceeded", run.Error!.Type);
    }

    public interface ISearchIndex;

    public sealed class NeedsSearch
    {
        [AgentTest(Type = AgentTestType.Integration), RequiresService(typeof(ISearchIndex)), Input("find the order")]
        public void Finds()
        {
        }
    }

    [Fact]
    public async Task Integration_is_skipped_with_a_reason_when_a_required_service_is_absent()
    {
        var run = await EngineHarness.RunSingleAsync<NeedsSearch>(Agent.FromDelegate("a", r => new AgentResponse()));

        Assert.Equal(AgentTestStatus.Skipped, run.Status);
        Assert.Contains(typeof(ISearchIndex).FullName!, run.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Integration_runs_when_the_required_service_is_registered()
    {
        var runs = await EngineHarness.RunAsync<NeedsSearch>(b =>
        {
            b.AddAgent("a", Agent.FromDelegate("a", r => new AgentResponse()));
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<ISearchIndex>(b.Services, new SearchIndex());
        });

        Assert.Equal(AgentTestStatus.Passed, Assert.Single(runs).Status);
    }

    private sealed class SearchIndex : ISearchIndex;
}
