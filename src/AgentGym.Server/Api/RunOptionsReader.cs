using System.Text.Json;
using AgentGym.Server.Catalog;
using AgentGym.Server.Hosting;

namespace AgentGym.Server.Api;

/// <summary>Reads the optional body of a run request, and answers a queued run with 202.</summary>
internal static class RunOptionsReader
{
    /// <summary>Reads <c>{"agent": "name"}</c>; an empty body is no options.</summary>
    public static string? ReadAgent(string body, BodyErrors errors)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            errors.Add(string.Empty, $"is not valid JSON: {ex.Message}");
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(string.Empty, "must be an object, such as {\"agent\": \"support\"}, or empty.");
            return null;
        }

        foreach (var property in root.EnumerateObject().Where(p => p.Name != "agent"))
            errors.Add(property.Name, "is not a known field. Known fields: agent.");
        return root.TryGetProperty("agent", out _) ? NameReader.Read(root, "agent", errors) : null;
    }

    public static IResult Accepted(RunRequest? queued, AgentGymServerOptions options)
    {
        if (queued is null)
            return Problems.QueueFull(options.MaxQueuedRuns);
        var location = AgentGymRoutes.Run(queued.RunId);
        return HttpResults.Accepted(location, new RunAccepted(queued.RunId, queued.Status, location));
    }
}
