using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace AgentGym.Remote.Tests.Support;

/// <summary>
/// The OpenAI chat-completions protocol on the loopback server. With a get_weather tool offered it asks for the tool; once a
/// tool result is in the conversation it answers with it; without tools it echoes the last user message. Ids and times
/// are fixed, so two recordings of the same conversation are equal.
/// </summary>
internal static class ChatCompletionsProtocol
{
    public const int PromptTokens = 20;
    public const int CompletionTokens = 5;

    public static void Map(WebApplication app)
    {
        app.MapPost("/v1/chat/completions", (Delegate)Complete);
        // The first request of each id gets 429 with Retry-After 1 second.
        app.MapPost("/rate-limited/{id}/v1/chat/completions", (Delegate)(Task<IResult> (HttpContext context) =>
        {
            if (LoopbackServer.RequestNumber(context) > 1)
                return Complete(context);
            context.Response.Headers.RetryAfter = "1";
            return Task.FromResult(HttpResults.Json(new { error = new { message = "Rate limit reached", type = "rate_limit" } }, statusCode: 429));
        }));
    }

    private static async Task<IResult> Complete(HttpContext context)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        var messages = body["messages"]!.AsArray();
        var last = messages[^1]!;
        var offersWeather = body["tools"]?.AsArray().Any(t => t?["function"]?["name"]?.GetValue<string>() == "get_weather") == true;
        JsonObject message;
        string finish;
        if (last["role"]!.GetValue<string>() == "tool")
        {
            message = new JsonObject { ["role"] = "assistant", ["content"] = $"The weather: {Text(last["content"])}" };
            finish = "stop";
        }
        else if (offersWeather)
        {
            message = new JsonObject
            {
                ["role"] = "assistant",
                ["content"] = null,
                ["tool_calls"] = new JsonArray(new JsonObject
                {
                    ["id"] = "call_1",
                    ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = "get_weather", ["arguments"] = "{\"city\":\"Paris\"}" },
                }),
            };
            finish = "tool_calls";
        }
        else
        {
            message = new JsonObject { ["role"] = "assistant", ["content"] = $"Hello from the loopback model: {Text(last["content"])}" };
            finish = "stop";
        }

        return HttpResults.Json(new JsonObject
        {
            ["id"] = "chatcmpl-" + messages.Count.ToString(CultureInfo.InvariantCulture),
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = body["model"]?.GetValue<string>(),
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finish }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = PromptTokens, ["completion_tokens"] = CompletionTokens, ["total_tokens"] = PromptTokens + CompletionTokens },
        });
    }

    // Content is a string or an array of parts.
    private static string Text(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        _ => string.Empty,
    };
}
