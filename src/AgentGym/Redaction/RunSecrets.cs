using System.Collections.Concurrent;

namespace AgentGym.Redaction;

/// <summary>
/// The secret values of a run: keys that agents read from the environment or from configuration, and any value a startup
/// class adds. Every result, report, cassette and line of output that leaves the process has them replaced by
/// <see cref="Recording.Redactor.Placeholder"/>. Values shorter than four characters are ignored (they would redact too much).
/// </summary>
public sealed class RunSecrets
{
    private const int MinimumLength = 4;

    private readonly ConcurrentDictionary<string, byte> _values = new(StringComparer.Ordinal);
    private int _version;

    /// <summary>Gets the values.</summary>
    public IReadOnlyCollection<string> Values => [.. _values.Keys];

    /// <summary>Gets a number that changes whenever a value is added.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>Adds a secret value.</summary>
    /// <param name="value">The value; <see langword="null"/> and values under four characters are ignored.</param>
    public void Add(string? value)
    {
        if (value is { Length: >= MinimumLength } && _values.TryAdd(value, 0))
            Interlocked.Increment(ref _version);
    }

    /// <summary>Adds the value of an environment variable, as it is now.</summary>
    /// <param name="name">The variable's name.</param>
    public void AddEnvironmentVariable(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Add(Environment.GetEnvironmentVariable(name));
    }
}
