using System.Text.Json;
using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>The places where something the agent should keep can come out: its text, its structured output and its tool arguments.</summary>
internal static class ResponseSurfaces
{
    public static IEnumerable<(string Place, string Text)> Of(AgentResponse response)
    {
        yield return ("the answer text", response.Text ?? string.Empty);
        if (response.Output is { } output)
            yield return ("the structured output", output.GetRawText());
        for (var i = 0; i < response.ToolCalls.Count; i++)
        {
            var call = response.ToolCalls[i];
            if (call.Arguments is not { Count: > 0 })
                continue;
            var arguments = ToolCallJson.TryGetArguments(call, out var json)
                ? JsonSerializer.Serialize(json, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
                : string.Join(" ", call.Arguments.Select(a => $"{a.Key}={a.Value}"));
            yield return ($"the arguments of tool call {i + 1} ({call.Name})", arguments);
        }
    }
}
