using System.Runtime.CompilerServices;

namespace AgentGym.Benchmarks.Attributes;

/// <summary>
/// Marks a class as an agent benchmark: every agent of its <see cref="AgentParamsAttribute"/> runs every
/// <see cref="BenchmarkTaskAttribute"/> task <see cref="Iterations"/> times, after <see cref="WarmupIterations"/> uncounted ones.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AgentBenchmarkAttribute : Attribute
{
    /// <summary>Marks a class as an agent benchmark. The compiler fills in the source location.</summary>
    /// <param name="sourceFilePath">Filled in by the compiler.</param>
    /// <param name="sourceLineNumber">Filled in by the compiler.</param>
    public AgentBenchmarkAttribute([CallerFilePath] string sourceFilePath = "", [CallerLineNumber] int sourceLineNumber = 0)
    {
        SourceFilePath = sourceFilePath;
        SourceLineNumber = sourceLineNumber;
    }

    /// <summary>Gets or sets how many counted iterations each agent makes of each task (default 10).</summary>
    public int Iterations { get; set; } = 10;

    /// <summary>Gets or sets how many iterations of each agent and task run first and are not counted (default 1).</summary>
    public int WarmupIterations { get; set; } = 1;

    /// <summary>Gets or sets how many iterations run at the same time, over all agents and tasks (default 4).</summary>
    public int MaxParallelism { get; set; } = 4;

    /// <summary>Gets or sets the timeout of one iteration in seconds; 0 uses the configured default.</summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>Gets the file that declares the benchmark.</summary>
    public string SourceFilePath { get; }

    /// <summary>Gets the line that declares the benchmark.</summary>
    public int SourceLineNumber { get; }
}
