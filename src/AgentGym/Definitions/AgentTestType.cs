namespace AgentGym.Definitions;

/// <summary>What kind of test an agent test is. The type changes how it runs, and is a trait that <c>--filter TestType=...</c> selects.</summary>
public enum AgentTestType
{
    /// <summary>Does the agent do the task right? Runs once (or <c>Runs</c> times) and validates each response.</summary>
    Functional,

    /// <summary>Is it fast and cheap enough? Runs <c>Runs</c> times (10 when not set) and applies budgets to the distribution: p95 and p50 duration, mean tokens and calls.</summary>
    Performance,

    /// <summary>Does it hold up under load? Fires <c>Concurrency</c> simultaneous calls and requires a success rate of <c>PassThreshold</c>.</summary>
    Stress,

    /// <summary>
    /// Does it resist misuse? With <c>[SecurityProbes]</c> (or <c>probes</c> in a declarative file) the test becomes one case per
    /// probe of the security corpus: prompt injection, system-prompt extraction, canary exfiltration, forbidden tools,
    /// jailbreaks, encoding tricks, unsafe output and unbounded consumption, each tagged with its OWASP Top 10 for LLM
    /// Applications category, and the run ends with a summary of the probes each agent resisted by category.
    /// </summary>
    Security,

    /// <summary>Does it work with real tools and services? Skipped, with the reason, when a required tool or service is absent.</summary>
    Integration,

    /// <summary>
    /// Did it get worse than before? Compares each attempt with the test's stored baseline (tokens, duration, LLM calls and
    /// output, see <see cref="Validation.BaselineTolerances.RegressionDefaults"/>); <c>[Baseline]</c> overrides the tolerances.
    /// </summary>
    Regression,
}
