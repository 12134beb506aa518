using System.Text;
using System.Text.Json;

namespace AgentGym.Agents.Http;

/// <summary>The built-in mappings of <see cref="HttpAgent"/>, and a way to make one from two functions.</summary>
public static class HttpAgentMapping
{
    /// <summary>
    /// Gets the default mapping: <c>{ "task": ..., "context": {...} }</c> out, and <c>text</c>, <c>output</c>,
    /// <c>tool_calls</c> and <c>usage</c> in.
    /// </summary>
    public static IHttpAgentMapping Default { get; } = new DefaultHttpAgentMapping();

    /// <summary>Makes a mapping for an agent with its own JSON shapes.</summary>
    /// <param name="createBody">Makes the object sent as the JSON body.</param>
    /// <param name="readResponse">Reads the JSON answer.</param>
    /// <returns>The mapping.</returns>
    /// <example><code>HttpAgentMapping.Json(r => new { prompt = r.Task }, json => new AgentResponse(json.GetProperty("answer").GetString()!))</code></example>
    public static IHttpAgentMapping Json(Func<AgentRequest, object?> createBody, Func<JsonElement, AgentResponse> readResponse)
    {
        ArgumentNullException.ThrowIfNull(createBody);
        ArgumentNullException.ThrowIfNull(readResponse);
        return new DelegateMapping(createBody, readResponse);
    }

    private sealed class DelegateMapping(Func<AgentRequest, object?> createBody, Func<JsonElement, AgentResponse> readResponse) : IHttpAgentMapping
    {
        public HttpContent CreateContent(AgentRequest request) =>
            new StringContent(JsonSerializer.Serialize(createBody(request), JsonSerializerOptions.Web), Encoding.UTF8, "application/json");

        public AgentResponse ReadResponse(JsonElement body) => readResponse(body);
    }
}
