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

    /// <inheritdoc />
    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")} {Validator}: {Message}";
}
