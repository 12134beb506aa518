using System.Text.Json;
using System.Text.RegularExpressions;
using AgentGym.Server.Api;

namespace AgentGym.Server.Catalog;

/// <summary>Reads and checks an agent registration body; every problem names its field.</summary>
internal static partial class AgentRegistrationReader
{
    private static readonly string[] Fields = ["name", "kind", "endpoint", "model", "headers", "api_key", "timeout_seconds", "requests_per_minute"];

    public static AgentRegistration? Read(JsonElement body, BodyErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add(string.Empty, "must be an agent object with a name, a kind and an endpoint.");
            return null;
        }

        foreach (var property in body.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
            errors.Add(property.Name, $"is not a known field. Known fields: {string.Join(", ", Fields)}.");
        var name = NameReader.Read(body, "name", errors);
        var kind = String(body, "kind", errors, required: true);
        if (kind is not null and not (AgentRegistration.HttpKind or AgentRegistration.OpenAIKind))
            errors.Add("kind", "must be 'http' (a remote agent over HTTP) or 'openai' (an OpenAI-compatible chat endpoint).");
        var endpointText = String(body, "endpoint", errors, required: true);
        Uri? endpoint = null;
        if (endpointText is not null && (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
            errors.Add("endpoint", "must be an absolute http or https URL, such as http://127.0.0.1:8080/agent.");
        var model = String(body, "model", errors, required: kind == AgentRegistration.OpenAIKind);
        var headers = Headers(body, kind, errors);
        var apiKey = String(body, "api_key", errors, required: false);
        if (apiKey is not null && (kind != AgentRegistration.OpenAIKind || !EnvironmentReference().IsMatch(apiKey)))
        {
            errors.Add("api_key", kind == AgentRegistration.OpenAIKind
                ? "must name an environment variable, such as env:OPENAI_API_KEY; keys are never stored."
                : "applies to 'openai' agents only; an HTTP agent sends its key in a header reference.");
        }

        var timeout = Number(body, "timeout_seconds", errors, min: 0.001, max: 3600);
        var perMinute = Number(body, "requests_per_minute", errors, min: 1, max: 1_000_000, whole: true);
        if (errors.Any)
            return null;
        return new AgentRegistration
        {
            Name = name!,
            Kind = kind!,
            Endpoint = endpoint!,
            Model = model,
            Headers = headers,
            ApiKey = apiKey,
            TimeoutSeconds = timeout,
            RequestsPerMinute = perMinute is { } n ? (int)n : null,
        };
    }

    /// <summary>Writes a registration as the body the store keeps (and the API shows): references only.</summary>
    public static string ToJson(AgentRegistration agent)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = agent.Name,
            ["kind"] = agent.Kind,
            ["endpoint"] = agent.Endpoint.ToString(),
            ["model"] = agent.Model,
            ["headers"] = agent.Headers.Count == 0 ? null : agent.Headers,
            ["api_key"] = agent.ApiKey,
            ["timeout_seconds"] = agent.TimeoutSeconds,
            ["requests_per_minute"] = agent.RequestsPerMinute,
        };
        return JsonSerializer.Serialize(body.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
    }

    private static Dictionary<string, string> Headers(JsonElement body, string? kind, BodyErrors errors)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!body.TryGetProperty("headers", out var element) || element.ValueKind == JsonValueKind.Null)
            return headers;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add("headers", "must be an object of header names and references.");
            return headers;
        }

        if (kind == AgentRegistration.OpenAIKind)
            errors.Add("headers", "apply to 'http' agents only; an 'openai' agent takes its key from api_key.");
        foreach (var header in element.EnumerateObject())
        {
            var field = $"headers.{header.Name}";
            if (!HeaderName().IsMatch(header.Name))
                errors.Add(field, "is not a valid header name.");
            else if (header.Value.ValueKind != JsonValueKind.String || !IsReference(header.Value.GetString()!))
                errors.Add(field, "must be a reference, such as env:NAME, config:Key or 'Bearer {env:NAME}': header values are read when the agent is called and are never stored.");
            else
                headers[header.Name] = header.Value.GetString()!;
        }

        return headers;
    }

    private static bool IsReference(string value) => WholeReference().IsMatch(value) || SchemeAndReference().IsMatch(value);

    private static string? String(JsonElement body, string field, BodyErrors errors, bool required)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                errors.Add(field, "is required.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add(field, "must be a non-empty string.");
            return null;
        }

        return value.GetString()!.Trim();
    }

    private static double? Number(JsonElement body, string field, BodyErrors errors, double min, double max, bool whole = false)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number < min || number > max || (whole && number != Math.Floor(number)))
        {
            errors.Add(field, $"must be a {(whole ? "whole number" : "number")} from {min} to {max}.");
            return null;
        }

        return number;
    }

    [GeneratedRegex(@"^env:[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnvironmentReference();

    [GeneratedRegex(@"^(env:[A-Za-z_][A-Za-z0-9_]*|config:[A-Za-z0-9_:.\-]+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WholeReference();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]* \{(env:[A-Za-z_][A-Za-z0-9_]*|config:[A-Za-z0-9_:.\-]+)\}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SchemeAndReference();

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeaderName();
}
