using System.Text.Json;
using AgentGym.Agents;

namespace AgentGym.Remote.Tests.Support;

/// <summary>A response as one JSON text, to compare two runs byte for byte.</summary>
internal static class Describe
{
    public static string Response(AgentResponse response) => JsonSerializer.Serialize(new
    {
        response.Text,
        Output = response.Output?.GetRawText(),
        ToolCalls = response.ToolCalls.Select(c => new { c.Name, Arguments = JsonSerializer.Serialize(c.Arguments), Result = c.Result?.ToString() }),
        Usage = response.Usage is { } u ? new { u.InputTokenCount, u.OutputTokenCount, u.TotalTokenCount } : null,
    });
}
