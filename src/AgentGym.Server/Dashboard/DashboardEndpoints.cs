using System.Collections.Frozen;

namespace AgentGym.Server.Dashboard;

/// <summary>
/// Serves the dashboard: hand-written HTML, CSS and JavaScript embedded in this assembly, so it works offline with no CDN and
/// no build step. The page has no inline script, so the content security policy forbids any.
/// </summary>
internal static class DashboardEndpoints
{
    public const string AssetPrefix = "/agentgym-dashboard";

    private static readonly FrozenDictionary<string, (byte[] Content, string ContentType)> Assets = Load();

    public static void Map(IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapGet(path, () => Asset("index.html")).ExcludeFromDescription();
        endpoints.MapGet($"{AssetPrefix}/{{file}}", (string file) => Asset(file)).ExcludeFromDescription();
    }

    private static IResult Asset(string file) =>
        Assets.TryGetValue(file, out var asset) ? HttpResults.Bytes(asset.Content, asset.ContentType) : HttpResults.NotFound();

    private static FrozenDictionary<string, (byte[] Content, string ContentType)> Load()
    {
        const string Prefix = "AgentGym.Server.Dashboard.";
        var assembly = typeof(DashboardEndpoints).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToFrozenDictionary(
            n => n[Prefix.Length..],
            n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (copy.ToArray(), ContentType(n));
            },
            StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
