using System.Security.Cryptography;
using System.Text;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>
/// Makes a test case's id: a GUID hashed from the source's file name and the test's unique key. The platform's default id
/// hashes the fully qualified name, which every agent and input of one method share, so it would collide; this one does not,
/// and it stays the same from one discovery (or machine, or output folder) to the next.
/// </summary>
internal static class TestCaseIdentity
{
    /// <summary>Computes the id of a test case.</summary>
    /// <param name="source">The test assembly's path; only its file name counts.</param>
    /// <param name="key">The test's unique key within the assembly (its definition id).</param>
    /// <returns>The id.</returns>
    public static Guid For(string source, string key)
    {
        var text = $"AgentGym|{Path.GetFileName(source)}|{key}";
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        var bytes = hash[..16];
        // Mark it as a name-based GUID (RFC 9562 version 5 layout, variant 1), as name-hashed ids are.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
