namespace AgentGym.Server.Api;

/// <summary>The problem details (RFC 7807, <c>application/problem+json</c>) the API answers with.</summary>
internal static class Problems
{
    public static IResult BadBody(BodyErrors errors, string what) =>
        HttpResults.ValidationProblem(errors.ToDictionary(), detail: $"The {what} is not valid; each entry of 'errors' names a field.", title: "Invalid request body");

    public static IResult NotJson(string message) =>
        HttpResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = [message] }, detail: "The request body is not valid JSON.", title: "Invalid request body");

    public static IResult NotFound(string what) => HttpResults.Problem($"{what} does not exist.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) => HttpResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static IResult UnsupportedMediaType(string? contentType) => HttpResults.Problem(
        $"The request body must be JSON (Content-Type: application/json), not '{contentType}'.",
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

    /// <summary>Answers a problem outside an endpoint's result (a middleware, a guard).</summary>
    public static Task Write(HttpContext context, int status, string title, string detail) =>
        HttpResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);

    public static IResult QueueFull(int limit) =>
        HttpResults.Problem($"The run queue is full ({limit} runs waiting). Try again later.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Queue full");
}
