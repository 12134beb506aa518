using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Validation;

namespace Consumer;

/// <summary>
/// Faults the end-to-end tests switch on: with CONSUMER_FAULTS=on the judge throws or never answers and a validator throws;
/// with CONSUMER_CRASH=on a test ends its test host. Without them every test here passes.
/// </summary>
public sealed class FaultTests
{
    public const string JudgeThrows = "JUDGE-THROWS";
    public const string JudgeHangs = "JUDGE-HANGS";

    public static bool FaultsOn => Environment.GetEnvironmentVariable("CONSUMER_FAULTS") == "on";

    [AgentTest, UseAgent("echo"), Input(JudgeThrows), JudgedBy("Repeats the request.")]
    public void Is_judged_by_a_judge_that_throws(AgentResponse response) => ArgumentException.ThrowIfNullOrEmpty(response.Text);

    [AgentTest(TimeoutSeconds = 2), UseAgent("echo"), Input(JudgeHangs), JudgedBy("Repeats the request.")]
    public void Is_judged_by_a_judge_that_never_answers(AgentResponse response) => ArgumentException.ThrowIfNullOrEmpty(response.Text);

    [AgentTest, UseAgent("echo"), Input("validate me"), ValidateWith(typeof(ThrowingValidator))]
    public void Is_checked_by_a_validator_that_throws(AgentResponse response) => ArgumentException.ThrowIfNullOrEmpty(response.Text);

    [AgentTest, UseAgent("echo"), Input("crash")]
    public void Ends_its_test_host(AgentResponse response)
    {
        ArgumentException.ThrowIfNullOrEmpty(response.Text);
        if (Environment.GetEnvironmentVariable("CONSUMER_CRASH") == "on")
            Environment.FailFast("The test ended its own test host.");
    }
}

public sealed class ThrowingValidator : IValidator
{
    public string Name => "ThrowingValidator";

    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        FaultTests.FaultsOn
            ? throw new InvalidOperationException("The validator's own bug.")
            : ValueTask.FromResult(ValidationResult.Pass(Name, "checked"));
}
