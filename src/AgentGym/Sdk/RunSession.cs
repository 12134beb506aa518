using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Reporting;
using AgentGym.Results;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Sdk;

/// <summary>
/// One run of one test assembly, as every front end opens it (the VSTest adapter, the benchmark runner, <c>agentgym</c>, the
/// server): discovery from every discoverer, selection (the front end's filter, then the shard), the startup class, the
/// results store and the baseline context that regression tests read, and the listener chain. A front end only translates its
/// own protocol to and from these calls.
/// </summary>
/// <example>
/// <code>
/// await using var session = RunSession.Open(new RunSessionOptions { Assembly = testAssembly, Options = options, Log = log });
/// var tests = session.Select(session.Discover(), item => filter.Matches(item));
/// await session.RunTestsAsync(tests, myListener, cancellationToken);
/// </code>
/// </example>
public sealed class RunSession : IAsyncDisposable
{
    private readonly RunSessionOptions _options;
    private readonly Lock _gate = new();
    private IReadOnlyList<RunItem>? _items;
    private AgentGymRuntime? _runtime;

    private RunSession(RunSessionOptions options, string source, string projectFolder)
    {
        _options = options with { Options = options.Options.Clone() };
        Source = source;
        ProjectFolder = projectFolder;
    }

    /// <summary>Gets the test assembly's path, or an empty string for a run without one.</summary>
    public string Source { get; }

    /// <summary>Gets the project's folder: the nearest folder above the test assembly with a project file. The default store and a relative store path are taken from it.</summary>
    public string ProjectFolder { get; }

    /// <summary>Gets the options the front end read; selection uses them. The startup class's changes are in <see cref="Runtime"/>.</summary>
    public AgentGymOptions Options => _options.Options;

    /// <summary>Gets where run-level messages go.</summary>
    public IRunLog Log => _options.Log;

    /// <summary>
    /// Gets the run's agents, services and options: the startup class runs on first use. When it fails, the runtime says why
    /// (<see cref="AgentGymRuntime.StartupError"/>), the session warns once, and every test reports it.
    /// </summary>
    public AgentGymRuntime Runtime
    {
        get
        {
            lock (_gate)
                return _runtime ??= StartRuntime();
        }
    }

    /// <summary>Gets the results store of the run (a file path or a PostgreSQL connection string), or <see langword="null"/> when recording is off. Reads the startup class's options.</summary>
    public string? Store => StoreLocation.Resolve(Runtime.Options.Store, ProjectFolder);

    private string SourceName => Source.Length == 0 ? "the run" : Path.GetFileName(Source);

    /// <summary>Opens a session. Cheap: nothing is discovered, started or opened until asked for.</summary>
    /// <param name="options">The assembly, the options and the log.</param>
    /// <returns>The session; dispose it when the run ends.</returns>
    public static RunSession Open(RunSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Options);
        ArgumentNullException.ThrowIfNull(options.Discoverers);
        ArgumentNullException.ThrowIfNull(options.Log);
        var source = options.Source ?? options.Assembly?.Location ?? string.Empty;
        var folder = source.Length == 0 ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(source)) ?? Environment.CurrentDirectory;
        return new RunSession(options, source, StoreLocation.ProjectFolder(folder));
    }

    /// <summary>
    /// Discovers the assembly's items once, asking each discoverer in turn; ids are made unique (a second item with one id gets
    /// <c>#2</c>, with a warning). A discoverer that fails is an error of the run; the others' items are still found.
    /// </summary>
    /// <returns>The items, in discovery order.</returns>
    public IReadOnlyList<RunItem> Discover()
    {
        lock (_gate)
            return _items ??= DiscoverItems();
    }

    /// <summary>
    /// Chooses what runs: the items the front end's filter keeps; with <see cref="AgentGymOptions.Rerun"/>, only the tests that
    /// failed (or ended in an error) in the last recorded run (<see cref="RerunSelection"/>); then those of this machine's shard
    /// (<see cref="AgentGymOptions.Shard"/>), by <see cref="RunItem.Id"/>.
    /// </summary>
    /// <param name="items">The candidates, such as <see cref="Discover"/>'s items.</param>
    /// <param name="filter">The front end's filter (<c>--filter</c>, a selection in an editor, an HTTP query), or <see langword="null"/> for all.</param>
    /// <returns>The selected items, in the given order.</returns>
    public IReadOnlyList<RunItem> Select(IEnumerable<RunItem> items, Func<RunItem, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var chosen = filter is null ? items.ToList() : items.Where(filter).ToList();
        if (Options.Rerun is { } mode)
            chosen = SelectRerun(chosen, mode);
        if (Options.Shard is not { } shard)
            return chosen;
        // Every machine of a CI matrix computes the same split from the ids; the others' items are not reported here.
        var inShard = chosen.Where(i => shard.Includes(i.Id)).ToList();
        Log.Info($"{SourceName}: shard {shard} runs {inShard.Count} of {chosen.Count} items.");
        return inShard;
    }

    // A re-run reads the last recorded run of this assembly, by the rule of RerunSelection.
    private List<RunItem> SelectRerun(List<RunItem> chosen, RerunMode mode) =>
        RerunSelection.Apply(chosen, mode, Store, Source.Length == 0 ? null : SourceName, SourceName, Log);

    /// <summary>
    /// Runs tests through the engine as one recorded run: results go to the store (when recording is on) and then to
    /// <paramref name="listener"/>; regression tests read their baselines from the same store. A store that fails is a warning.
    /// </summary>
    /// <param name="tests">The tests to run (items of kind <see cref="RunItemKind.Test"/>).</param>
    /// <param name="listener">The front end's listener, which reports each test in its protocol; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run: no new test starts, running ones end as cancelled.</param>
    /// <returns>The results of the tests that started, in the order given.</returns>
    /// <exception cref="ArgumentException">An item is a benchmark.</exception>
    public async Task<IReadOnlyList<AgentTestRun>> RunTestsAsync(IEnumerable<RunItem> tests, IAgentTestRunListener? listener = null, CancellationToken cancellationToken = default)
    {
        var definitions = Definitions(tests);
        return await RunAsync(definitions, options => StartRecording(listener, options), listener, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs tests through the engine as part of a run that was begun in <paramref name="store"/> already (a run queued by the
    /// server): results are recorded into run <paramref name="runId"/> and then go to <paramref name="listener"/>; regression
    /// tests read their baselines from that store, leaving this run out. The run and the store stay the caller's. Several such
    /// runs may go on at once in one session.
    /// </summary>
    /// <param name="tests">The tests to run (items of kind <see cref="RunItemKind.Test"/>).</param>
    /// <param name="store">The open store that holds the run.</param>
    /// <param name="runId">The run the results belong to.</param>
    /// <param name="listener">The front end's listener; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run: no new test starts, running ones end as cancelled.</param>
    /// <returns>The results of the tests that started, in the order given.</returns>
    /// <exception cref="ArgumentException">An item is a benchmark.</exception>
    /// <exception cref="ResultStoreException">A result could not be recorded, so the run is incomplete in the store.</exception>
    public async Task<IReadOnlyList<AgentTestRun>> RunTestsAsync(
        IEnumerable<RunItem> tests, IResultStore store, long runId, IAgentTestRunListener? listener = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var definitions = Definitions(tests);
        ResultStoreListener? recording = null;
        var results = await RunAsync(definitions, _ => recording = new ResultStoreListener(listener, store, runId, Log.Warning), listener, cancellationToken).ConfigureAwait(false);
        if (recording?.Failure is { } failure)
            throw new ResultStoreException($"The results of run {runId} are not all recorded in {store.Location}: {failure}");
        return results;
    }

    private static List<AgentTestDefinition> Definitions(IEnumerable<RunItem> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        return [.. tests.Select(t => t.Test ?? throw new ArgumentException($"{t.DisplayName} is a benchmark; run it with the benchmark runner.", nameof(tests)))];
    }

    private async Task<IReadOnlyList<AgentTestRun>> RunAsync(
        List<AgentTestDefinition> definitions, Func<AgentGymOptions, ResultStoreListener?> startRecording, IAgentTestRunListener? listener, CancellationToken cancellationToken)
    {
        var runtime = Runtime;
        var baselines = runtime.Services?.GetService<ResultStoreContext>();
        // Disposed without blocking a thread: a server runs many runs at once, each waiting here for its results to be written.
        await using var recording = startRecording(runtime.Options);
        // The store may still be opening: regression tests that read history wait for it, other tests never do. The attachment
        // holds for this run's own flow only, so that runs at once in one session each read their own.
        baselines?.Attach(recording, runtime.Options.BaselineBranch);
        var results = await new AgentTestEngine(runtime).RunAsync(definitions, (IAgentTestRunListener?)recording ?? listener, cancellationToken).ConfigureAwait(false);
        ReportSecurity(results);
        return results;
    }

    /// <summary>Records a finished benchmark run as a run of its own, unless recording is off. A store that fails is a warning.</summary>
    /// <param name="record">The benchmark run.</param>
    /// <returns>The store's id of the run, or <see langword="null"/> when nothing was recorded.</returns>
    public long? RecordBenchmark(BenchmarkRunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Store is not { } connection)
            return null;
        try
        {
            using var store = ResultStores.Open(connection);
            var info = DescribeRun(RunKinds.Benchmark, Runtime.Options) with { StartedAt = record.StartedAt };
            var runId = store.BeginRun(info);
            store.RecordBenchmarkRun(runId, record);
            store.CompleteRun(runId, record.CompletedAt);
            Log.Info($"Benchmark {record.Name} recorded as run {runId} in {store.Location}.");
            return runId;
        }
        catch (ResultStoreException ex)
        {
            Log.Warning($"The benchmark run {record.Name} is not recorded: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Begins recording a benchmark run as a run of its own, unless recording is off: its iterations are written as they end
    /// (<see cref="BenchmarkRecording.Record(BenchmarkIterationRecord)"/>), so that a stopped run can resume. A store that fails is a warning.
    /// </summary>
    /// <param name="startedAt">When the benchmark started.</param>
    /// <returns>The recording (dispose it), or <see langword="null"/> when nothing is recorded.</returns>
    public BenchmarkRecording? BeginBenchmark(DateTimeOffset startedAt)
    {
        if (Store is not { } connection)
            return null;
        IResultStore? store = null;
        try
        {
            store = ResultStores.Open(connection);
            var info = DescribeRun(RunKinds.Benchmark, Runtime.Options) with { StartedAt = startedAt };
            var runId = store.BeginRun(info);
            Log.Info($"{SourceName}: recording benchmark run {runId} in {store.Location}.");
            return new BenchmarkRecording(store, runId, Log.Warning);
        }
        catch (ResultStoreException ex)
        {
            store?.Dispose();
            Log.Warning($"The benchmark run is not recorded: {ex.Message}");
            return null;
        }
    }

    /// <summary>Ends the session: the startup class's services are disposed.</summary>
    /// <returns>A task that completes when they are.</returns>
    public async ValueTask DisposeAsync()
    {
        AgentGymRuntime? runtime;
        lock (_gate)
            (runtime, _runtime) = (_runtime, null);
        if (runtime is not null)
            await runtime.DisposeAsync().ConfigureAwait(false);
    }

    // Security probe cases end with what each agent resisted, by OWASP category; a probe an agent fell for is a warning.
    private void ReportSecurity(IReadOnlyList<AgentTestRun> results)
    {
        var security = SecuritySummary.From(results);
        if (security.AnyNotResisted)
            Log.Warning(security.ToText());
        else if (!security.IsEmpty)
            Log.Info(security.ToText());
    }

    private ResultStoreListener? StartRecording(IAgentTestRunListener? listener, AgentGymOptions options)
    {
        if (StoreLocation.Resolve(options.Store, ProjectFolder) is not { } connection)
            return null;
        // The store opens, and the commit is read, in the background while the tests start; the run says where it was
        // recorded when it opened.
        var source = Source.Length == 0 ? null : SourceName;
        return new ResultStoreListener(
            listener,
            () => ResultStores.Open(connection),
            () => DescribeRun(RunKinds.Test, options),
            Log.Warning,
            (store, runId) => Log.Info($"{SourceName}: recording run {runId} in {store.Location}."),
            CrashedRuns.JournalFolder(connection),
            source);
    }

    // The run's commit and branch; its group is the configured one, else AGENTGYM_RUN_GROUP.
    private RunInfo DescribeRun(string kind, AgentGymOptions options)
    {
        var info = RunInfo.Detect(kind, Source.Length == 0 ? null : SourceName, ProjectFolder);
        return options.RunGroup is { } group ? info with { Group = group } : info;
    }

    private AgentGymRuntime StartRuntime()
    {
        var runtime = _options.Startup is { } startup ? AgentGymRuntime.Create(startup, Options)
            : _options.Assembly is { } assembly ? AgentGymRuntime.Create(assembly, Options)
            : AgentGymRuntime.Create(_ => { }, Options);
        if (runtime.StartupError is { } error)
            Log.Warning($"{SourceName}: {error} Every agent test of this assembly reports it.");
        return runtime;
    }

    private List<RunItem> DiscoverItems()
    {
        var found = new List<RunItem>();
        if (_options.Assembly is not { } assembly)
            return found;
        foreach (var discoverer in _options.Discoverers)
        {
            try
            {
                found.AddRange(discoverer.Discover(assembly));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Log.Error($"Cannot discover the {discoverer.Finds} of {Source}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        var items = WithUniqueIds(found);
        Log.Info(items.Count == 0
            ? $"Found no {string.Join(" or ", _options.Discoverers.Select(d => d.Finds))} in {SourceName}."
            : $"Found {items.Count(i => i.Kind == RunItemKind.Test)} agent test case(s) ({items.Count(i => i.Test?.TestFile is not null)} from test files) and {items.Count(i => i.Kind == RunItemKind.Benchmark)} benchmark(s) in {SourceName}.");
        return items;
    }

    // Two items with one id (overloaded test methods share Class.Method) would be one item to every front end, which would
    // drop one. Keep both: the second gets a suffix, and the user hears why.
    private List<RunItem> WithUniqueIds(List<RunItem> items)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<RunItem>(items.Count);
        foreach (var item in items)
        {
            var count = seen.GetValueOrDefault(item.Id) + 1;
            seen[item.Id] = count;
            if (count == 1)
            {
                unique.Add(item);
                continue;
            }

            Log.Warning($"{SourceName}: {count} items share the id '{item.Id}' (overloaded test methods?); give each test method its own name. Reporting this one as '{item.Id}#{count}'.");
            unique.Add(item with { Id = $"{item.Id}#{count}" });
        }

        return unique;
    }
}
