using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AgentGym.Recording;

/// <summary>
/// Replaces secrets with <see cref="Placeholder"/> in headers, text and JSON: the values of configured environment
/// variables and given secrets, configured patterns, and common key formats (API keys, bearer tokens, JSON web tokens,
/// private keys, passwords in connection strings). The one rule for everything that leaves the process: cassettes,
/// results, the results store, reports and the command line. The variables named in <c>AGENTGYM_REDACT_ENV</c>
/// (<see cref="RedactionSettings.EnvironmentVariablesVariable"/>) are redacted too, by every redactor, so that the command
/// line and the server, which do not run a startup class, know them as well.
/// </summary>
public sealed class Redactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Placeholder = "[REDACTED]";

    /// <summary>Header names that are always redacted.</summary>
    public static readonly IReadOnlyList<string> DefaultHeaderNames =
        ["Authorization", "Proxy-Authorization", "api-key", "x-api-key", "Ocp-Apim-Subscription-Key", "Cookie", "Set-Cookie"];

    private const int MinimumSecretLength = 4;

    /// <summary>Gets a redactor of the common key formats alone, for front ends outside a run (the command line's messages).</summary>
    public static Redactor Default { get; } = new();

    private readonly HashSet<string> _headerNames;
    private readonly string[] _secrets;
    private readonly Regex[] _patterns;

    /// <summary>Creates a redactor. Environment variables are read now.</summary>
    /// <param name="options">What to redact beyond the default headers.</param>
    /// <param name="secretValues">More values to redact, such as keys read from configuration.</param>
    /// <exception cref="ArgumentException">A pattern is not a valid regular expression; the message names it.</exception>
    public Redactor(RedactionOptions? options = null, IEnumerable<string?>? secretValues = null)
    {
        options ??= new RedactionOptions();
        _headerNames = new HashSet<string>(DefaultHeaderNames.Concat(options.HeaderNames), StringComparer.OrdinalIgnoreCase);
        _secrets = [.. options.EnvironmentVariables.Concat(RedactionSettings.EnvironmentVariablesFromEnvironment()).Select(Environment.GetEnvironmentVariable)
            .Concat(secretValues ?? [])
            .OfType<string>()
            .Where(s => s.Length >= MinimumSecretLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)];
        _patterns = [.. options.Patterns.Select(CreatePattern)];
    }

    /// <summary>Gets whether the values of a header are secret.</summary>
    /// <param name="headerName">The header's name.</param>
    /// <returns><see langword="true"/> when the header is redacted.</returns>
    public bool IsSecretHeader(string headerName) => _headerNames.Contains(headerName);

    /// <summary>Replaces the secret values and pattern matches in <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without secrets.</returns>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
            text = text.Replace(secret, Placeholder, StringComparison.Ordinal);
        try
        {
            foreach (var pattern in _patterns)
                text = pattern.Replace(text, Placeholder);
            foreach (var format in Redaction.KnownSecretFormats.All)
                text = format.Replace(text, ReplaceSecret);
        }
        catch (RegexMatchTimeoutException)
        {
            // A text that cannot be scanned in time is not shown at all rather than shown with a secret in it.
            return $"{Placeholder} (a text of {text.Length} characters that could not be scanned for secrets in time)";
        }

        return text;
    }

    private static string ReplaceSecret(Match match) =>
        match.Groups["secret"] is { Success: true } secret
            ? string.Concat(match.Value.AsSpan(0, secret.Index - match.Index), Placeholder, match.Value.AsSpan(secret.Index - match.Index + secret.Length))
            : Placeholder;

    /// <summary>Redacts every string value (not property names) of a JSON tree in place.</summary>
    /// <param name="node">The JSON.</param>
    /// <returns>The same node, or a new value node when <paramref name="node"/> itself was a string.</returns>
    public JsonNode? Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var value = obj[name];
                    var redacted = Redact(value);
                    if (!ReferenceEquals(value, redacted))
                        obj[name] = redacted;
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var value = array[i];
                    var redacted = Redact(value);
                    if (!ReferenceEquals(value, redacted))
                        array[i] = redacted;
                }

                return array;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                var text = value.GetValue<string>();
                var without = Redact(text);
                return text == without ? value : JsonValue.Create(without);
            default:
                return node;
        }
    }

    private static Regex CreatePattern(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"The redaction pattern '{pattern}' is not a valid regular expression: {ex.Message}", nameof(pattern), ex);
        }
    }
}
