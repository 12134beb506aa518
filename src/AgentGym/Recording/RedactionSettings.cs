namespace AgentGym.Recording;

/// <summary>What is redacted beyond the startup class's <see cref="RedactionOptions"/>, read from the environment by every redactor.</summary>
public static class RedactionSettings
{
    /// <summary>
    /// The environment variable that names more environment variables whose values are secret, separated by commas or
    /// semicolons (<c>AGENTGYM_REDACT_ENV=OPENAI_API_KEY,PAYMENTS_KEY</c>). Test runs, cassettes, the command line and the
    /// server redact their values wherever they appear, including in results recorded before they were named.
    /// </summary>
    public const string EnvironmentVariablesVariable = "AGENTGYM_REDACT_ENV";

    /// <summary>Gets the names listed in <see cref="EnvironmentVariablesVariable"/>.</summary>
    /// <returns>The names; empty when the variable is not set.</returns>
    internal static IEnumerable<string> EnvironmentVariablesFromEnvironment() =>
        (Environment.GetEnvironmentVariable(EnvironmentVariablesVariable) ?? string.Empty)
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
