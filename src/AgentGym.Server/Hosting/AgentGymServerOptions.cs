using System.Reflection;
using AgentGym.Configuration;

namespace AgentGym.Server.Hosting;

/// <summary>How the AgentGym server runs: its store, keys, limits, queue and the test project it serves.</summary>
public sealed class AgentGymServerOptions
{
    /// <summary>The default of <see cref="MaxRequestBodyBytes"/>: 1 MB.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Gets or sets the results store: a SQLite file or a PostgreSQL connection string. <see langword="null"/> takes
    /// <c>AGENTGYM_STORE</c>, else <c>.agentgym/results.db</c> next to the project of the current folder.
    /// </summary>
    public string? Store { get; set; }

    /// <summary>Gets the API keys that may create, change, run and cancel (and read, off loopback). Empty: the API is read-only.</summary>
    public IList<string> ApiKeys { get; } = [];

    /// <summary>Gets or sets who may read: keys are needed off loopback by default (<see cref="ServerReadAccess.Auto"/>).</summary>
    public ServerReadAccess ReadAccess { get; set; } = ServerReadAccess.Auto;

    /// <summary>Gets or sets the largest request body, in bytes (default 1 MB); a larger one gets 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>Gets or sets how many runs may wait in the queue (default 10,000); beyond it a run request gets 503.</summary>
    public int MaxQueuedRuns { get; set; } = 10_000;

    /// <summary>Gets or sets how many run requests one client may make per second (default 500), by ASP.NET Core's rate limiter.</summary>
    public int RunRequestsPerSecond { get; set; } = 500;

    /// <summary>Gets or sets whether this process runs queued runs (default true); false serves the API only.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Gets or sets how long a worker holds a run without renewing its lease (default 30 s); a dead worker's run ends as an error after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how often an idle worker looks for runs queued by other processes (default 0.5 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the engine options of runs (concurrency, default timeout); <see cref="AgentGymOptions.MaxConcurrency"/> bounds the runs at once.</summary>
    public AgentGymOptions EngineOptions { get; set; } = new();

    /// <summary>Gets or sets a test assembly whose startup class, agents and attributed and declarative tests the server serves, or <see langword="null"/>.</summary>
    public Assembly? TestAssembly { get; set; }

    /// <summary>Reads keys from <c>AGENTGYM_API_KEY</c> (several separated by commas) and from a file of one key per line.</summary>
    /// <param name="keyFile">A file of keys, or <see langword="null"/>; <c>AGENTGYM_API_KEY_FILE</c> when not given.</param>
    /// <returns>This object.</returns>
    /// <exception cref="InvalidOperationException">The key file cannot be read; the message names it.</exception>
    public AgentGymServerOptions AddApiKeysFromEnvironment(string? keyFile = null)
    {
        foreach (var key in Split(Environment.GetEnvironmentVariable("AGENTGYM_API_KEY")))
            ApiKeys.Add(key);
        keyFile ??= Environment.GetEnvironmentVariable("AGENTGYM_API_KEY_FILE") is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        if (keyFile is null)
            return this;
        try
        {
            foreach (var key in File.ReadAllLines(keyFile).SelectMany(Split))
                ApiKeys.Add(key);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The API key file {keyFile} cannot be read: {ex.Message}", ex);
        }

        return this;
    }

    private static IEnumerable<string> Split(string? keys) =>
        string.IsNullOrWhiteSpace(keys) ? [] : keys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
