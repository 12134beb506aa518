namespace AgentGym.Server.Security;

/// <summary>Reads the key a request presents: <c>Authorization: Bearer KEY</c> or <c>X-API-Key: KEY</c>.</summary>
internal static class ApiKeyReader
{
    public const string HeaderName = "X-API-Key";

    public static string? Read(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && header.Count == 1 && !string.IsNullOrWhiteSpace(header[0]))
            return header[0]!.Trim();
        var authorization = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? authorization[Bearer.Length..].Trim() : null;
    }
}
