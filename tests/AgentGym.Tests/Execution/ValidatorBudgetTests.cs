using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Results;
using AgentGym.Tests.Support;
using AgentGym.Validation;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Execution;

/// <summary>Validators and the judge share the attempt's timeout; one that overruns or throws is an error that names it.</summary>
public sealed class ValidatorBudgetTests : IDisposable
{
    // The attempt's timeout of the tests whose validator or judge hangs until it. The agent answers at once, but the answer must
    // come before the timeout for the validators to run at all: on a busy 2-core machine a test process's first attempt has
    // taken more than 1 s, so the budget leaves room for that.
    private const int BudgetSeconds = 5;

    // Hung validators and judges wait on this; each test releases them when it ends.
    private static TaskCompletionSource<bool> Never = new();

    public ValidatorBudgetTests() => Never = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose() => Never.TrySetResult(true);

    public sealed class HonoursItsToken : IValidator
    {
        public string Name => "WaitsOnItsToken";

        public async ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return ValidationResult.Pass(Name);
        }
    }

    public sealed class IgnoresItsToken : IValidator
    {
        public string Name => "NeverAnswers";

        public async ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default)
        {
            await Never.Task;
            return ValidationResult.Pass(Name);
        }
    }

    public sealed class BlocksItsThread : IValidator
    {
        public string Name => "BlocksItsThread";

        public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default)
        {
            Never.Task.Wait(CancellationToken.None);
            return ValueTask.FromResult(ValidationResult.Pass(Name));
        }
    }

    public sealed class Throws : IValidator
    {
        public string Name => "Throws";

        public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the reference data is missing");
    }

    public sealed class SaysNo : IValidator
    {
        public string Name => "SaysNo";

        public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ValidationResult.Fail(Name, "the answer is wrong"));
    }

    public sealed class WaitingValidator
    {
        [AgentTest(TimeoutSeconds = BudgetSeconds), Input("hi"), ValidateWith(typeof(HonoursItsToken))]
        public void Runs()
        {
        }
    }

    public sealed class HungValidator
    {
        [AgentTest(TimeoutSeconds = BudgetSeconds), Input("hi"), ExpectText(Contains = "ok"), ValidateWith(typeof(IgnoresItsToken))]
        public void Runs()
        {
        }
    }

    public sealed class BlockingValidator
    {
        [AgentTest(TimeoutSeconds = BudgetSeconds), Input("hi"), ValidateWith(typeof(BlocksItsThread))]
        public void Runs()
        {
        }
    }

    public sealed class ThrowingAndFailingValidators
    {
        [AgentTest, Input("hi"), ValidateWith(typeof(Throws))]
        public void Throwing()
        {
        }

        [AgentTest, Input("hi"), ValidateWith(typeof(SaysNo))]
        public void Failing()
        {
        }
    }

    public sealed class DeadlineReader
    {
        [AgentTest(TimeoutSeconds = 600), Input("hi"), ValidateWith(typeof(ReadsTheDeadline))]
        public void Runs()
        {
        }
    }

    // Says what deadline the engine gave it, in its verdict.
    public sealed class ReadsTheDeadline : IValidator
    {
        public string Name => "ReadsTheDeadline";

        public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ValidationResult.Pass(Name, context.Deadline?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "none"));
    }

    public sealed class Judged
    {
        [AgentTest(TimeoutSeconds = BudgetSeconds), Input("My order is late"), JudgedBy("Apologises")]
        public void Answers()
        {
        }
    }

    [Fact]
    public async Task A_validator_waiting_past_the_timeout_is_an_error_that_names_it()
    {
        var run = await EngineHarness.RunSingleAsync(typeof(WaitingValidator), Answering("ok"));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("WaitsOnItsToken", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains($"did not finish within the attempt's timeout of {BudgetSeconds} s", run.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validator_that_ignores_cancellation_is_abandoned_and_the_verdicts_made_are_kept()
    {
        var run = await EngineHarness.RunSingleAsync(typeof(HungValidator), Answering("ok"));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Collection(
            run.Validations,
            v => Assert.True(v.Passed),
            v => Assert.Equal(("NeverAnswers", true), (v.Validator, v.IsError)));
    }

    [Fact]
    public async Task A_validator_that_blocks_its_thread_is_abandoned_at_the_timeout()
    {
        var run = await EngineHarness.RunSingleAsync(typeof(BlockingValidator), Answering("ok"));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("BlocksItsThread", run.Error!.Message, StringComparison.Ordinal);
    }

    // With the attempt's deadline in the context, a regex shortens its own match timeout to it (RegexValidatorTests): the two
    // together keep MatchesRegex(..., TimeoutMs = 20000) within TimeoutSeconds = 2. Nothing here depends on how busy the machine is.
    [Fact]
    public async Task Validators_get_the_attempts_deadline()
    {
        var before = DateTimeOffset.UtcNow;
        var run = await EngineHarness.RunSingleAsync(typeof(DeadlineReader), Answering("ok"));
        var after = DateTimeOffset.UtcNow;

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        var deadline = DateTimeOffset.Parse(Assert.Single(run.Validations).Message, System.Globalization.CultureInfo.InvariantCulture);
        // The attempt clock counts in the system's ticks (Environment.TickCount64), which can step by up to about 16 ms against
        // the wall clock: a deadline that is the attempt's 600 s, not the run's or none, lands within that of the window.
        var tick = TimeSpan.FromMilliseconds(50);
        Assert.InRange(deadline, before.AddSeconds(600) - tick, after.AddSeconds(600) + tick);
    }

    [Fact]
    public async Task A_validator_that_throws_is_an_error_and_one_that_says_no_is_a_failure()
    {
        var runs = await EngineHarness.RunAsync<ThrowingAndFailingValidators>(b => b.AddAgent("a", Answering("ok")));

        var throwing = runs.Single(r => r.Test.FullName.EndsWith(".Throwing", StringComparison.Ordinal));
        Assert.Equal(AgentTestStatus.Error, throwing.Status);
        Assert.Equal("ValidatorError", throwing.Error!.Type);
        Assert.Contains("Throws", throwing.Error.Message, StringComparison.Ordinal);
        Assert.Contains("the reference data is missing", throwing.Error.Message, StringComparison.Ordinal);
        Assert.Equal("ERROR", Assert.Single(throwing.Validations).Verdict);

        var failing = runs.Single(r => r.Test.FullName.EndsWith(".Failing", StringComparison.Ordinal));
        Assert.Equal(AgentTestStatus.Failed, failing.Status);
        Assert.Equal("FAIL", Assert.Single(failing.Validations).Verdict);
    }

    [Fact]
    public async Task A_judge_that_never_answers_is_an_error_at_the_attempts_timeout()
    {
        var runs = await EngineHarness.RunAsync<Judged>(b => b
            .AddJudge(new SilentJudge())
            .AddAgent("a", Answering("Sorry, here is your refund.")));

        var run = Assert.Single(runs);
        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("JudgedBy", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("timeout", run.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_judge_that_throws_is_an_error_not_a_failure()
    {
        var runs = await EngineHarness.RunAsync<Judged>(b => b
            .AddJudge(new UnreachableJudge())
            .AddAgent("a", Answering("Sorry, here is your refund.")));

        var run = Assert.Single(runs);
        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("the judge call failed with HttpRequestException: connection refused", run.Error!.Message, StringComparison.Ordinal);
    }

    private static IAgent Answering(string text) => Agent.FromDelegate("a", _ => new AgentResponse(text));

    /// <summary>A judge whose calls never return, whatever their token says.</summary>
    private sealed class SilentJudge : IChatClient
    {
        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            await Never.Task;
            return new ChatResponse();
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class UnreachableJudge : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromException<ChatResponse>(new HttpRequestException("connection refused"));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
