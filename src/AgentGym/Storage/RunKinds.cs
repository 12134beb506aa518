namespace AgentGym.Sdk;

/// <summary>The kinds of recorded runs.</summary>
public static class RunKinds
{
    /// <summary>A run of agent tests.</summary>
    public const string Test = "test";

    /// <summary>A benchmark run.</summary>
    public const string Benchmark = "benchmark";
}
