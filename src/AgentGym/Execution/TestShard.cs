using System.Globalization;
using System.Text;

namespace AgentGym.Sdk;

/// <summary>
/// One part of a suite split over several machines (<c>--shard 2/3</c>): a test belongs to a shard by a stable hash of its
/// id, so every machine of a CI matrix computes the same split without talking to the others.
/// </summary>
public sealed record TestShard
{
    /// <summary>Creates a shard.</summary>
    /// <param name="index">Which part, from 1 to <paramref name="count"/>.</param>
    /// <param name="count">How many parts.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is not between 1 and the count.</exception>
    public TestShard(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (index < 1 || index > count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"A shard's index must be between 1 and its count ({count}).");
        (Index, Count) = (index, count);
    }

    /// <summary>Gets which part this is, from 1 to <see cref="Count"/>.</summary>
    public int Index { get; }

    /// <summary>Gets how many parts the suite is split into.</summary>
    public int Count { get; }

    /// <summary>Reads <c>i/n</c>, such as <c>2/3</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="shard">The shard, when the text is valid.</param>
    /// <returns>Whether the text is a valid shard.</returns>
    public static bool TryParse(string? text, out TestShard? shard)
    {
        shard = null;
        var parts = text?.Trim().Split('/');
        if (parts is not [var index, var count]
            || !int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || i < 1 || i > n)
            return false;
        shard = new TestShard(i, n);
        return true;
    }

    /// <summary>Gets whether a test belongs to this shard.</summary>
    /// <param name="testId">The test's stable id.</param>
    /// <returns><see langword="true"/> when this shard runs it.</returns>
    public bool Includes(string testId)
    {
        ArgumentNullException.ThrowIfNull(testId);
        return (int)(StableHash(testId) % (ulong)Count) == Index - 1;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    // FNV-1a over UTF-8: the same on every machine and runtime, unlike string.GetHashCode.
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
            hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }
}
