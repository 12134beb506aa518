using AgentGym.Configuration;
using AgentGym.Hosting;
using AgentGym.Recording;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Agents.Http;

/// <summary>Registers HTTP agents on an <see cref="AgentGymBuilder"/>.</summary>
public static class HttpAgentGymBuilderExtensions
{
    /// <summary>
    /// Registers an <see cref="HttpAgent"/> under <paramref name="name"/>, with a named client from
    /// <see cref="IHttpClientFactory"/> whose pipeline records and replays exchanges (per the run's record mode, in the
    /// cassette <c>{name}.cassette.json</c>) above the handler that adds the configured headers.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The agent's registered name.</param>
    /// <param name="configure">Sets the endpoint, headers, timeout, retries and mapping.</param>
    /// <returns>The HTTP client builder of the agent's client, to add handlers or a primary handler.</returns>
    public static IHttpClientBuilder AddHttpAgent(this AgentGymBuilder builder, string name, Action<HttpAgentOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new HttpAgentOptions();
        configure(options);
        options.Validate(name);
        foreach (var variable in HttpAgentHeaders.EnvironmentVariables(options.Headers))
            builder.Secrets.AddEnvironmentVariable(variable);

        builder.AddAgent(name, services => new HttpAgent(name, services.GetRequiredService<IHttpClientFactory>(), options));
        return builder.Services
            .AddHttpClient(HttpAgent.HttpClientNamePrefix + name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(services => CreateCassetteHandler(services, name, options))
            .AddHttpMessageHandler(services => new HttpAgentHeaders(name, options.Headers, services.GetService<IConfiguration>(), services.GetService<Redaction.RunSecrets>()));
    }

    private static CassetteHttpHandler CreateCassetteHandler(IServiceProvider services, string name, HttpAgentOptions options)
    {
        var gym = services.GetService<AgentGymOptions>() ?? new AgentGymOptions();
        var redaction = gym.Redaction.Clone();
        foreach (var variable in HttpAgentHeaders.EnvironmentVariables(options.Headers))
            redaction.EnvironmentVariables.Add(variable);
        foreach (var header in options.Headers.Keys)
            redaction.HeaderNames.Add(header);
        var secrets = HttpAgentHeaders.ConfigurationValues(options.Headers, services.GetService<IConfiguration>()).ToList();
        foreach (var secret in secrets)
            services.GetService<Redaction.RunSecrets>()?.Add(secret);
        // Off still gets a handler (a pass-through), as the client pipeline is fixed at registration.
        return new CassetteHttpHandler(Cassette.Open(CassetteSettings.CassettePath(gym, name)), CassetteSettings.EffectiveMode(gym), new Redactor(redaction, secrets));
    }
}
