using System.Text.Json.Nodes;

namespace AgentGym.Recording;

/// <summary>One recorded exchange: the request as it was keyed (redacted) and the response (redacted).</summary>
/// <param name="Key">The stable hash of the request.</param>
/// <param name="Kind">What made the exchange: <c>chat</c>, <c>chat-stream</c> or <c>http</c>.</param>
/// <param name="Request">The request, for people reading the cassette and for miss messages.</param>
/// <param name="Response">The response that replay returns.</param>
internal sealed record CassetteEntry(string Key, string Kind, JsonNode Request, JsonNode? Response);
