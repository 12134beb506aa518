using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace AgentGym.Remote.Tests.Support;

/// <summary>The agent protocol on the loopback server: a well-behaved agent and one route for each kind of trouble.</summary>
internal static class AgentProtocol
{
    private static readonly ConcurrentDictionary<string, int> Conversations = new(StringComparer.Ordinal);

    public static void Map(WebApplication app)
    {
        // Keeps its own session per conversation_id: answers with the turn number within that conversation.
        app.MapPost("/agent/conversation", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            var id = body?["conversation_id"]?.GetValue<string>();
            if (id is null)
                return HttpResults.Json(new { text = $"no conversation: {body?["task"]}" });
            var turn = Conversations.AddOrUpdate(id, 1, (_, n) => n + 1);
            return HttpResults.Json(new { text = $"turn {turn} of {id}: {body?["task"]}" });
        });
        // Echoes the task and context, reports one tool call and its usage.
        app.MapPost("/agent", (Delegate)Answer);
        app.MapPost("/agent/headers", (HttpRequest request) => HttpResults.Json(new
        {
            text = $"key={request.Headers["X-Api-Key"]};auth={request.Headers.Authorization}",
        }));
        // The first request of each id gets 429 with Retry-After in seconds; the next succeeds.
        app.MapPost("/agent/rate-limited/{id}", (Delegate)(Task<IResult> (HttpContext context) =>
        {
            if (LoopbackServer.RequestNumber(context) > 1)
                return Answer(context);
            context.Response.Headers.RetryAfter = "1";
            return Task.FromResult(HttpResults.StatusCode(429));
        }));
        // The same with Retry-After as an HTTP date one second ahead.
        app.MapPost("/agent/rate-limited-date/{id}", (Delegate)(Task<IResult> (HttpContext context) =>
        {
            if (LoopbackServer.RequestNumber(context) > 1)
                return Answer(context);
            context.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddSeconds(1).ToString("R", CultureInfo.InvariantCulture);
            return Task.FromResult(HttpResults.StatusCode(429));
        }));
        // The first two requests of each id get 503, with no Retry-After.
        app.MapPost("/agent/unavailable/{id}", (Delegate)(Task<IResult> (HttpContext context) =>
            LoopbackServer.RequestNumber(context) > 2 ? Answer(context) : Task.FromResult(HttpResults.StatusCode(503))));
        app.MapPost("/agent/broken/{id}", () => HttpResults.Text("boom: the agent crashed", statusCode: 500));
        app.MapPost("/agent/slow", async (HttpContext context) =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return HttpResults.Ok();
        });
        app.MapPost("/agent/malformed", () => HttpResults.Text("{\"text\": \"unterminated", "application/json"));
        app.MapPost("/agent/wrong-shape", () => HttpResults.Text("{\"tool_calls\": \"lookup\"}", "application/json"));
        // Usage but no 'tool_calls': the answer says nothing of the tools the service called.
        app.MapPost("/agent/silent-tools", () => HttpResults.Json(new { text = "It shipped.", usage = new { input_tokens = 7, output_tokens = 3 } }));
        // 'tool_calls' empty: the service says it called no tool.
        app.MapPost("/agent/no-tools", () => HttpResults.Json(new { text = "It shipped.", tool_calls = Array.Empty<object>() }));
        // A differently shaped agent: { "prompt": ... } in, { "answer": ... } out.
        app.MapPost("/custom", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            return HttpResults.Json(new { answer = $"custom: {body?["prompt"]}" });
        });
    }

    private static async Task<IResult> Answer(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        var task = body?["task"]?.GetValue<string>();
        return HttpResults.Json(new JsonObject
        {
            ["text"] = $"echo: {task}",
            ["output"] = new JsonObject { ["task"] = task, ["context"] = body?["context"]?.DeepClone() },
            ["tool_calls"] = new JsonArray(new JsonObject
            {
                ["name"] = "lookup",
                ["arguments"] = new JsonObject { ["id"] = 42 },
                ["result"] = "found",
            }),
            ["usage"] = new JsonObject { ["input_tokens"] = 7, ["output_tokens"] = 3, ["total_tokens"] = 10 },
        }, JsonSerializerOptions.Web);
    }
}
