using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>A test the store has results of: a row of <c>agent_tests</c> with its last result.</summary>
public sealed record StoredTest
{
    /// <summary>Gets the test's stable id.</summary>
    public required string TestId { get; init; }

    /// <summary>Gets the test's full name.</summary>
    public required string FullName { get; init; }

    /// <summary>Gets the name shown to people.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Gets the test type.</summary>
    public string TestType { get; init; } = string.Empty;

    /// <summary>Gets the agent's name, when known.</summary>
    public string? AgentName { get; init; }

    /// <summary>Gets the declaring file, when known.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Gets when the test was last recorded.</summary>
    public DateTimeOffset LastSeenAt { get; init; }

    /// <summary>Gets the status of its last result.</summary>
    public AgentTestStatus? LastStatus { get; init; }

    /// <summary>Gets how many results it has.</summary>
    public int Results { get; init; }
}
