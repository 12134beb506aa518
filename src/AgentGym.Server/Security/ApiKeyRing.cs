using System.Security.Cryptography;
using System.Text;

namespace AgentGym.Server.Security;

/// <summary>
/// The keys that open the API, kept only as SHA-256 hashes. A presented key is hashed and compared with every key in constant
/// time, so neither the comparison nor the number of keys tried tells an attacker how close a guess was.
/// </summary>
internal sealed class ApiKeyRing
{
    private readonly byte[][] _hashes;

    public ApiKeyRing(IEnumerable<string> keys)
    {
        _hashes = [.. keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Hash(k.Trim()))];
    }

    /// <summary>Gets whether any key is configured; without one the API is read-only.</summary>
    public bool IsEmpty => _hashes.Length == 0;

    /// <summary>Checks a presented key.</summary>
    public bool Matches(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || IsEmpty)
            return false;
        var hash = Hash(presented);
        var matched = false;
        foreach (var known in _hashes)
            matched |= CryptographicOperations.FixedTimeEquals(hash, known);
        return matched;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
