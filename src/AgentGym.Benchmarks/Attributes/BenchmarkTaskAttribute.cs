using System.Runtime.CompilerServices;

namespace AgentGym.Benchmarks.Attributes;

/// <summary>
/// Marks a method of an agent benchmark as a task. It returns <c>Task&lt;AgentResponse&gt;</c> (or <c>AgentResponse</c>) and
/// may take an <c>AgentRequest</c> (with <see cref="TasksFromAttribute"/>) and a <c>CancellationToken</c>. Validator
/// attributes on the method or the class (<c>[MatchesRegex]</c>, <c>[Budget]</c>, ...) decide whether an iteration succeeds.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class BenchmarkTaskAttribute : Attribute
{
    /// <summary>Marks a method as a benchmark task. The compiler fills in the line, which orders the tasks.</summary>
    /// <param name="sourceLineNumber">Filled in by the compiler.</param>
    public BenchmarkTaskAttribute([CallerLineNumber] int sourceLineNumber = 0) => SourceLineNumber = sourceLineNumber;

    /// <summary>Gets or sets the name shown for the task instead of the method's name.</summary>
    public string? Description { get; set; }

    /// <summary>Gets the line that declares the task.</summary>
    public int SourceLineNumber { get; }
}
