namespace AgentGym.Validation;

/// <summary>One validator's verdict on one response.</summary>
/// <param name="Validator">The validator's name.</param>
/// <param name="Passed">Whether the response passed.</param>
/// <param name="Message">What was expected and what came (on failure), or what held (on success).</param>
public sealed record ValidationResult(string Validator, bool Passed, string Message)
{
    /// <summary>Creates a passing verdict.</summary>
    /// <param name="validator">The validator's name.</param>
    /// <param name="message">What held.</param>
    /// <returns>The verdict.</returns>
    public static ValidationResult Pass(string validator, string message = "ok") => new(validator, true, message);

    /// <summary>Creates a failing verdict.</summary>
    /// <param name="validator">The validator's name.</param>
    /// <param name="message">What was expected and what came.</param>
    /// <returns>The verdict.</returns>
    public static ValidationResult Fail(string validator, string message) => new(validator, false, message);

    /// <summary>
    /// Creates the verdict of a validator that could not judge: it threw, timed out, or lacked what it needs (a judge that
    /// cannot be reached, a reply that cannot be read). The test is <see cref="Results.AgentTestStatus.Error"/>, not
    /// <see cref="Results.AgentTestStatus.Failed"/>: nothing was checked, so nothing passed.
    /// </summary>
    /// <param name="validator">The validator's name.</param>
    /// <param name="message">What went wrong.</param>
    /// <returns>The verdict.</returns>
    public static ValidationResult Error(string validator, string message) => new(validator, false, message) { IsError = true };

    /// <summary>Gets whether the validator could not judge (see <see cref="Error(string, string)"/>), as opposed to judging that the answer is wrong.</summary>
    public bool IsError { get; init; }

    /// <summary>Gets the verdict as one word: <c>PASS</c>, <c>FAIL</c> or <c>ERROR</c>.</summary>
    public string Verdict => Passed ? "PASS" : IsError ? "ERROR" : "FAIL";

    /// <inheritdoc />
    public override string ToString() => $"{Verdict} {Validator}: {Message}";
}
