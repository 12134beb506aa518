using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace AgentGym.Agents.Http;

/// <summary>
/// Adds an HTTP agent's configured headers, reading <c>env:</c> and <c>config:</c> references at send time. It sits below
/// the cassette handler, so secrets are never seen by the cassette, and a replayed request needs no keys at all.
/// </summary>
internal sealed partial class HttpAgentHeaders : DelegatingHandler
{
    private readonly string _agentName;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly IConfiguration? _configuration;
    private readonly Redaction.RunSecrets? _secrets;

    public HttpAgentHeaders(string agentName, IDictionary<string, string> headers, IConfiguration? configuration, Redaction.RunSecrets? secrets = null)
    {
        _secrets = secrets;
        _agentName = agentName;
        _headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        _configuration = configuration;
    }

    /// <summary>Gets the environment variables the headers read, to redact their values.</summary>
    public static IEnumerable<string> EnvironmentVariables(IDictionary<string, string> headers) =>
        headers.Values.SelectMany(References).Where(r => r.Source == "env").Select(r => r.Name);

    /// <summary>Gets the configuration values the headers read, to redact them.</summary>
    public static IEnumerable<string?> ConfigurationValues(IDictionary<string, string> headers, IConfiguration? configuration) =>
        configuration is null ? [] : headers.Values.SelectMany(References).Where(r => r.Source == "config").Select(r => configuration[r.Name]);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in _headers)
        {
            var resolved = Resolve(name, value);
            request.Headers.Remove(name);
            if (!request.Headers.TryAddWithoutValidation(name, resolved))
                request.Content?.Headers.TryAddWithoutValidation(name, resolved);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private string Resolve(string header, string value)
    {
        if (WholeReference().Match(value) is { Success: true } whole)
            return Secret(Read(header, whole.Groups[1].Value, whole.Groups[2].Value));
        return EmbeddedReference().Replace(value, m => Secret(Read(header, m.Groups[1].Value, m.Groups[2].Value)));
    }

    // A value read from the environment or configuration is a secret of the run: an agent that echoes it is redacted.
    private string Secret(string value)
    {
        _secrets?.Add(value);
        return value;
    }

    private string Read(string header, string source, string name)
    {
        if (source == "env")
        {
            return Environment.GetEnvironmentVariable(name) is { Length: > 0 } env ? env
                : throw new InvalidOperationException($"HTTP agent '{_agentName}': header '{header}' reads the environment variable {name}, which is not set. Set it, or replay from a cassette.");
        }

        if (_configuration is null)
            throw new InvalidOperationException($"HTTP agent '{_agentName}': header '{header}' reads configuration key '{name}', but no IConfiguration is registered in builder.Services.");
        return _configuration[name] is { Length: > 0 } config ? config
            : throw new InvalidOperationException($"HTTP agent '{_agentName}': header '{header}' reads configuration key '{name}', which has no value (user secrets, appsettings or environment).");
    }

    private static IEnumerable<(string Source, string Name)> References(string value)
    {
        if (WholeReference().Match(value) is { Success: true } whole)
            return [(whole.Groups[1].Value, whole.Groups[2].Value)];
        return EmbeddedReference().Matches(value).Select(m => (m.Groups[1].Value, m.Groups[2].Value));
    }

    [GeneratedRegex(@"^(env|config):(\S+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WholeReference();

    [GeneratedRegex(@"\{(env|config):([^}]+)\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmbeddedReference();
}
