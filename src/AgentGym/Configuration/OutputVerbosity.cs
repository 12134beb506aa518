namespace AgentGym.Configuration;

/// <summary>How much a test result's output shows.</summary>
public enum OutputVerbosity
{
    /// <summary>Failures' verdicts and errors only.</summary>
    Minimal,

    /// <summary>Metrics and every validator's verdict, for every test (the default).</summary>
    Normal,

    /// <summary>As <see cref="Normal"/>, plus the agent's response text, tool calls and every attempt.</summary>
    Detailed,
}
