using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Sdk;
using AgentGym.Tests.Storage;
using AgentGym.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Tests.Validation;

public sealed class BaselineDurationTests : IDisposable
{
    private readonly TempStoreFile _file = new();
    private readonly SqliteResultStore _store;
    private readonly ServiceProvider _services;

    public BaselineDurationTests()
    {
        _store = new SqliteResultStore(_file.Path);
        var runId = _store.BeginRun(new RunInfo { Branch = "main", Commit = "c1" });
        _store.RecordTestRun(runId, StoredResults.Result() with { Metrics = new AgentMetrics { TotalTokens = 100, LlmCalls = 2, Duration = TimeSpan.FromMilliseconds(50) } });
        var context = new ResultStoreContext();
        context.Attach(_store, null, "main");
        _services = new ServiceCollection().AddSingleton(context).BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _store.Dispose();
        _file.Dispose();
    }

    [Theory]
    [InlineData(900, true)]    // +1,700 %, but 850 ms: a busy machine, not a slower agent
    [InlineData(1_100, false)] // twice as slow and a second slower
    public async Task A_regression_tests_default_duration_check_ignores_growth_under_a_second(double durationMs, bool passes)
    {
        var result = await new BaselineValidator(BaselineTolerances.RegressionDefaults).ValidateAsync(Attempt(durationMs));

        Assert.True(result.Passed == passes, result.Message);
    }

    [Fact]
    public async Task A_duration_tolerance_set_in_the_attribute_looks_closer()
    {
        var tolerances = new BaselineTolerances { MaxDurationIncreasePercent = 100 };

        var result = await new BaselineValidator(tolerances).ValidateAsync(Attempt(200));

        Assert.False(result.Passed);
        Assert.Contains("duration 50 ms -> 200 ms (+300%, at most +100%)", result.Message, StringComparison.Ordinal);
    }

    private ValidationContext Attempt(double durationMs) =>
        new(new AgentResponse("done"), new AgentMetrics { TotalTokens = 100, LlmCalls = 2, Duration = TimeSpan.FromMilliseconds(durationMs) }, services: _services)
        {
            TestId = StoredResults.Result().Test.Id,
        };
}
