using AgentGym.Agents;
using AgentGym.Execution;
using AgentGym.Metrics;
using Microsoft.Extensions.AI;

namespace AgentGym.Validation;

/// <summary>
/// The checks of the validator attributes, for use inside a test body: <c>AgentAssert.CalledTool(response, "search")</c>.
/// Each one runs the same validator as its attribute and throws an <see cref="AgentAssertException"/> with the
/// validator's message when it fails.
/// </summary>
public static class AgentAssert
{
    /// <summary>Asserts that the response's JSON output holds a JSON subset (see <see cref="ExpectedOutputValidator"/>).</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="expectedJson">The JSON that must hold in the output, such as <c>{"status":"success"}</c>.</param>
    /// <exception cref="AgentAssertException">The output does not hold it.</exception>
    public static void OutputMatches(AgentResponse response, string expectedJson) =>
        Assert(new ExpectedOutputValidator(expectedJson).Validate(For(response)));

    /// <summary>Asserts that the response's text contains a string.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="expected">The string the text must contain.</param>
    /// <param name="ignoreCase">Whether to compare without regard to case.</param>
    /// <exception cref="AgentAssertException">The text does not contain it.</exception>
    public static void TextContains(AgentResponse response, string expected, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Assert(new TextValidator(contains: expected, ignoreCase: ignoreCase).Validate(For(response)));
    }

    /// <summary>Asserts that the response's text does not contain a string.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="unexpected">The string the text must not contain.</param>
    /// <param name="ignoreCase">Whether to compare without regard to case.</param>
    /// <exception cref="AgentAssertException">The text contains it.</exception>
    public static void TextDoesNotContain(AgentResponse response, string unexpected, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(unexpected);
        Assert(new TextValidator(notContains: unexpected, ignoreCase: ignoreCase).Validate(For(response)));
    }

    /// <summary>Asserts that the response's text is exactly a string.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="expected">The whole text expected.</param>
    /// <param name="ignoreCase">Whether to compare without regard to case.</param>
    /// <exception cref="AgentAssertException">The text differs.</exception>
    public static void TextEquals(AgentResponse response, string expected, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Assert(new TextValidator(equals: expected, ignoreCase: ignoreCase).Validate(For(response)));
    }

    /// <summary>Asserts that the response's text matches a regular expression (within a one-second match timeout).</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="pattern">The regular expression.</param>
    /// <param name="ignoreCase">Whether to match without regard to case.</param>
    /// <exception cref="AgentAssertException">The text does not match.</exception>
    /// <exception cref="ValidatorConfigurationException">The pattern is not valid.</exception>
    public static void MatchesRegex(AgentResponse response, string pattern, bool ignoreCase = false) =>
        Assert(new RegexValidator(pattern, ignoreCase).Validate(For(response)));

    /// <summary>Asserts that the response's JSON output matches a schema written inline or read from a file.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="schemaJsonOrPath">The schema JSON when it starts with <c>{</c>, else a schema file's path, relative to the test output folder.</param>
    /// <exception cref="AgentAssertException">The output does not match.</exception>
    /// <exception cref="ValidatorConfigurationException">The schema is not valid, or its file is missing.</exception>
    public static void MatchesJsonSchema(AgentResponse response, string schemaJsonOrPath) =>
        Assert(JsonSchemaValidator.FromJsonOrFile(schemaJsonOrPath).Validate(For(response)));

    /// <summary>Asserts that the response's JSON output has the shape of a C# type.</summary>
    /// <typeparam name="T">The type the output must have the shape of.</typeparam>
    /// <param name="response">The agent's response.</param>
    /// <exception cref="AgentAssertException">The output does not match the type's schema.</exception>
    public static void MatchesJsonSchema<T>(AgentResponse response) =>
        Assert(JsonSchemaValidator.FromType<T>().Validate(For(response)));

    /// <summary>Asserts that the agent called a tool.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="name">The tool's name.</param>
    /// <param name="argumentsJson">A JSON object the call's arguments must hold; <see langword="null"/> for any arguments.</param>
    /// <param name="times">How many matching calls there must be; 0 for at least one.</param>
    /// <exception cref="AgentAssertException">No such call was made, or not that many times.</exception>
    public static void CalledTool(AgentResponse response, string name, string? argumentsJson = null, int times = 0) =>
        Assert(new ToolCallValidator(name, argumentsJson, times).Validate(For(response)));

    /// <summary>Asserts that the agent never called a tool.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="name">The forbidden tool's name.</param>
    /// <exception cref="AgentAssertException">The tool was called.</exception>
    public static void DidNotCallTool(AgentResponse response, string name) =>
        Assert(new ForbiddenToolCallValidator(name).Validate(For(response)));

    /// <summary>Asserts that the agent called tools in a relative order (other calls may come between them).</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="names">The tools, in the order they must be called.</param>
    /// <exception cref="AgentAssertException">The tools were not called in that order.</exception>
    public static void CalledToolsInOrder(AgentResponse response, params IEnumerable<string> names) =>
        Assert(new ToolCallOrderValidator(names).Validate(For(response)));

    /// <summary>Asserts that the agent's tool calls follow a trajectory (see <see cref="TrajectoryValidator"/>); the failure shows both side by side.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="expected">The expected trajectory, such as <c>ExpectedTrajectory.Strict("search", "refund").WithNoToolAfter("refund")</c>.</param>
    /// <exception cref="AgentAssertException">The calls do not follow it.</exception>
    public static void FollowsTrajectory(AgentResponse response, ExpectedTrajectory expected) =>
        Assert(new TrajectoryValidator(expected).Validate(For(response)));

    /// <summary>Asserts that the agent's tool calls match steps as <paramref name="match"/> says: <c>AgentAssert.FollowsTrajectory(response, TrajectoryMatch.Unordered, "search", "lookup")</c>.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="match">Strict, unordered, subset or superset.</param>
    /// <param name="steps">The steps: <c>search</c>, or <c>search {"query":"refund"}</c>.</param>
    /// <exception cref="AgentAssertException">The calls do not match.</exception>
    public static void FollowsTrajectory(AgentResponse response, TrajectoryMatch match, params IEnumerable<string> steps) =>
        FollowsTrajectory(response, ExpectedTrajectory.Of(match, steps));

    /// <summary>Asserts that an attempt stayed within a budget. A limit of 0 is no limit.</summary>
    /// <param name="metrics">The attempt's metrics, such as <c>AgentTestContext.Current.Metrics</c>.</param>
    /// <param name="maxTokens">The most tokens.</param>
    /// <param name="maxLlmCalls">The most LLM calls.</param>
    /// <param name="maxToolCalls">The most tool calls.</param>
    /// <param name="maxDuration">The longest duration.</param>
    /// <exception cref="AgentAssertException">A figure is over its limit.</exception>
    public static void WithinBudget(AgentMetrics metrics, long maxTokens = 0, int maxLlmCalls = 0, int maxToolCalls = 0, TimeSpan maxDuration = default)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var budget = new BudgetValidator(maxTokens, maxLlmCalls, maxToolCalls, maxDuration);
        Assert(budget.Validate(new ValidationContext(new AgentResponse(), metrics)));
    }

    /// <summary>Asserts that a series of runs stayed within a budget: the p95 duration, the median duration and the mean counts.</summary>
    /// <param name="runs">Each run's metrics.</param>
    /// <param name="maxTokens">The most mean tokens.</param>
    /// <param name="maxLlmCalls">The most mean LLM calls.</param>
    /// <param name="maxToolCalls">The most mean tool calls.</param>
    /// <param name="maxDuration">The longest p95 duration.</param>
    /// <param name="maxMedianDuration">The longest median duration.</param>
    /// <exception cref="AgentAssertException">A figure is over its limit.</exception>
    public static void WithinBudget(
        IReadOnlyList<AgentMetrics> runs, long maxTokens = 0, int maxLlmCalls = 0, int maxToolCalls = 0, TimeSpan maxDuration = default, TimeSpan maxMedianDuration = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        Assert(new BudgetValidator(maxTokens, maxLlmCalls, maxToolCalls, maxDuration, maxMedianDuration).ValidateDistribution(runs));
    }

    /// <summary>Asserts that a validator of your own passes the response.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="validator">The validator.</param>
    /// <param name="metrics">The attempt's metrics, for validators that read them.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>A task that completes when the check passed.</returns>
    /// <exception cref="AgentAssertException">The validator failed the response.</exception>
    public static async Task SatisfiesAsync(AgentResponse response, IValidator validator, AgentMetrics? metrics = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(validator);
        var context = new ValidationContext(response, metrics ?? AgentMetrics.Empty);
        Assert(await validator.ValidateAsync(context, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Asserts that an LLM judge scores the answer at or above a threshold against a rubric (see <see cref="JudgeValidator"/>).</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="rubric">What a good answer does.</param>
    /// <param name="threshold">The lowest passing score, from 0 to 1.</param>
    /// <param name="judge">The judge; <see langword="null"/> inside an agent test to use the one registered with <c>builder.AddJudge</c>.</param>
    /// <param name="request">The request the agent answered, shown to the judge.</param>
    /// <param name="cancellationToken">Cancels the judge's call.</param>
    /// <returns>A task that completes when the judge passed the answer.</returns>
    /// <exception cref="AgentAssertException">The score is below the threshold (the message has the judge's reasoning), or no verdict could be read.</exception>
    public static async Task PassesJudgeAsync(
        AgentResponse response, string rubric, double threshold = JudgeValidator.DefaultThreshold, IChatClient? judge = null, AgentRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var validator = new JudgeValidator(rubric, threshold, judge);
        var context = new ValidationContext(response, AgentMetrics.Empty, request, services: AgentTestContext.Current?.Services);
        Assert(await validator.ValidateAsync(context, cancellationToken).ConfigureAwait(false));
    }

    private static ValidationContext For(AgentResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new ValidationContext(response, AgentMetrics.Empty);
    }

    private static void Assert(ValidationResult result)
    {
        if (!result.Passed)
            throw new AgentAssertException(result);
    }
}
