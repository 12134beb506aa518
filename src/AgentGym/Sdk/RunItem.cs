using AgentGym.Definitions;

namespace AgentGym.Sdk;

/// <summary>
/// One thing a run session discovered: an agent test or an agent benchmark class. Every front end names, filters, shards and
/// reports items by the same <see cref="Id"/>, so an item is the same item under <c>dotnet test</c>, <c>agentgym</c> and the server.
/// </summary>
public sealed record RunItem
{
    /// <summary>Gets whether this is a test or a benchmark.</summary>
    public required RunItemKind Kind { get; init; }

    /// <summary>
    /// Gets the item's stable key, unique within its assembly: a test's definition id (<c>Namespace.Class.Method[agent=a]</c>), or a
    /// benchmark class's full name. Shards are computed from it.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>Gets the full name: <c>Namespace.Class.Method</c> for a test, <c>Namespace.Class</c> for a benchmark.</summary>
    public required string FullName { get; init; }

    /// <summary>Gets the name shown to people, with the agent and input of a test.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Gets the test's definition, or <see langword="null"/> for a benchmark.</summary>
    public AgentTestDefinition? Test { get; init; }

    /// <summary>Gets the benchmark class, or <see langword="null"/> for a test.</summary>
    public Type? BenchmarkClass { get; init; }

    /// <summary>Gets the source file that declares the item, when known.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Gets the line in <see cref="SourceFile"/>, when known.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Makes the item of an agent test.</summary>
    /// <param name="test">The test's definition.</param>
    /// <returns>The item, keyed by the definition's id.</returns>
    public static RunItem ForTest(AgentTestDefinition test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return new RunItem
        {
            Kind = RunItemKind.Test,
            Id = test.Id,
            FullName = test.FullName,
            DisplayName = test.DisplayName,
            Test = test,
            SourceFile = test.SourceFile,
            SourceLine = test.SourceLine,
        };
    }

    /// <summary>Makes the item of an agent benchmark class.</summary>
    /// <param name="benchmarkClass">The class.</param>
    /// <param name="sourceFile">The file that declares it, when known.</param>
    /// <param name="sourceLine">The line of its attribute, when known.</param>
    /// <returns>The item, keyed by the class's full name.</returns>
    public static RunItem ForBenchmark(Type benchmarkClass, string? sourceFile = null, int? sourceLine = null)
    {
        ArgumentNullException.ThrowIfNull(benchmarkClass);
        var fullName = benchmarkClass.FullName ?? benchmarkClass.Name;
        return new RunItem
        {
            Kind = RunItemKind.Benchmark,
            Id = fullName,
            FullName = fullName,
            DisplayName = $"{benchmarkClass.Name} (agent benchmark)",
            BenchmarkClass = benchmarkClass,
            SourceFile = string.IsNullOrEmpty(sourceFile) ? null : sourceFile,
            SourceLine = sourceLine > 0 ? sourceLine : null,
        };
    }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
