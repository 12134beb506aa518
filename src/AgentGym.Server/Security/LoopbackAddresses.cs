using System.Net;

namespace AgentGym.Server.Security;

/// <summary>Tells whether a listening address stays on this machine.</summary>
internal static class LoopbackAddresses
{
    /// <summary>Gets whether a URL such as <c>http://127.0.0.1:5080</c> binds only a loopback interface.</summary>
    /// <param name="url">A URL as given to <c>--urls</c>.</param>
    /// <returns><see langword="true"/> for <c>127.x</c>, <c>[::1]</c> and <c>localhost</c>; <see langword="false"/> for anything else, including <c>*</c> and <c>0.0.0.0</c>.</returns>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Trim();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            host = host[(scheme + 3)..];
        var slash = host.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
            host = host[..slash];
        if (host.StartsWith('['))
            host = host[1..host.IndexOf(']', StringComparison.Ordinal)];
        else if (host.LastIndexOf(':') is var colon and > 0)
            host = host[..colon];
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
