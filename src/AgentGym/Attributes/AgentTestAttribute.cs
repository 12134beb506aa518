using System.Runtime.CompilerServices;
using AgentGym.Definitions;

namespace AgentGym.Attributes;

/// <summary>
/// Marks a method as an agent test. With <see cref="InputAttribute"/>s, the engine sends each input to the agent, applies the
/// validator attributes to the response and then calls the method (which may take the <c>AgentResponse</c>) for further checks.
/// Without inputs, the method drives the agent itself (take an <c>IAgent</c> parameter) and the validators apply to the
/// response it returns.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class AgentTestAttribute : Attribute
{
    /// <summary>Marks a method as an agent test. The compiler fills in the source location, so Test Explorer can go to it.</summary>
    /// <param name="sourceFilePath">Filled in by the compiler.</param>
    /// <param name="sourceLineNumber">Filled in by the compiler.</param>
    public AgentTestAttribute([CallerFilePath] string sourceFilePath = "", [CallerLineNumber] int sourceLineNumber = 0)
    {
        SourceFilePath = sourceFilePath;
        SourceLineNumber = sourceLineNumber;
    }

    /// <summary>Gets or sets the test type (default <see cref="AgentTestType.Functional"/>).</summary>
    public AgentTestType Type { get; set; } = AgentTestType.Functional;

    /// <summary>Gets or sets the timeout of one attempt in seconds; 0 uses the configured default.</summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>Gets or sets how many times a failing run is tried again.</summary>
    public int Retries { get; set; }

    /// <summary>Gets or sets how many times the test runs; with <see cref="PassThreshold"/> this gives pass@k and pass^k semantics. 0 uses the type's default.</summary>
    public int Runs { get; set; }

    /// <summary>Gets or sets the share of runs that must pass, from 0 (exclusive) to 1 (default: all of them).</summary>
    public double PassThreshold { get; set; } = 1.0;

    /// <summary>Gets or sets how many simultaneous calls a <see cref="AgentTestType.Stress"/> test fires.</summary>
    public int Concurrency { get; set; }

    /// <summary>Gets or sets a reason to skip the test; the test is skipped when it is set.</summary>
    public string? Skip { get; set; }

    /// <summary>Gets or sets the name shown for the test instead of <c>Class.Method</c>.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Gets the file that declares the test.</summary>
    public string SourceFilePath { get; }

    /// <summary>Gets the line that declares the test.</summary>
    public int SourceLineNumber { get; }
}
