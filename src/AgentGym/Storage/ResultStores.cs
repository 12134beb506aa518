using System.Reflection;

namespace AgentGym.Sdk;

/// <summary>
/// Opens a results store from its connection text: a store of a registered provider (such as the PostgreSQL store of
/// AgentGym.Storage.PostgreSql) when one takes the text, else a SQLite file.
/// </summary>
public static class ResultStores
{
    private const string PostgreSqlPackage = "AgentGym.Storage.PostgreSql";

    private static readonly Lock Gate = new();
    private static readonly HashSet<Assembly> Read = [];
    private static IResultStoreProvider[] providers = [];

    /// <summary>Gets the providers known so far: those registered, and those named by <see cref="ResultStoreProviderAttribute"/> on an assembly read.</summary>
    public static IReadOnlyList<IResultStoreProvider> Providers => Snapshot();

    /// <summary>Gets whether a connection text names a PostgreSQL server rather than a SQLite file.</summary>
    /// <param name="connection">The connection text.</param>
    /// <returns><see langword="true"/> for <c>postgres://</c>, <c>postgresql://</c> and <c>Host=...</c>.</returns>
    public static bool IsPostgreSql(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var text = connection.TrimStart();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Makes a provider known; a second provider of the same class is ignored.</summary>
    /// <param name="provider">The provider.</param>
    public static void Register(IResultStoreProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        lock (Gate)
        {
            if (!Array.Exists(providers, p => p.GetType() == provider.GetType()))
                providers = [.. providers, provider];
        }
    }

    /// <summary>Registers the providers an assembly names with <see cref="ResultStoreProviderAttribute"/> (a test assembly that references a store package does).</summary>
    /// <param name="assembly">The assembly.</param>
    /// <exception cref="ResultStoreException">A named class is not a provider, or cannot be made; the message names the assembly and the class.</exception>
    public static void RegisterFrom(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        lock (Gate)
        {
            if (!Read.Add(assembly))
                return;
        }

        foreach (var attribute in Attributes(assembly))
        {
            var type = attribute.ProviderType;
            if (type is null || !typeof(IResultStoreProvider).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
                throw new ResultStoreException($"{assembly.GetName().Name} names the results store provider {type?.FullName ?? "null"}, which is not a class with a public parameterless constructor that implements {nameof(IResultStoreProvider)}.");
            try
            {
                Register((IResultStoreProvider)Activator.CreateInstance(type)!);
            }
            catch (TargetInvocationException ex)
            {
                throw new ResultStoreException($"The results store provider {type.FullName} of {assembly.GetName().Name} failed to start: {ex.InnerException?.Message}", ex);
            }
        }
    }

    /// <summary>Opens the store, creating a SQLite file or a provider's tables when they are missing.</summary>
    /// <param name="connection">A SQLite file path, or a connection text that a provider takes (a PostgreSQL connection string needs the AgentGym.Storage.PostgreSql package).</param>
    /// <returns>The store.</returns>
    /// <exception cref="ResultStoreException">The store cannot be opened, or no provider takes a PostgreSQL connection string; the message says which and what to do.</exception>
    public static IResultStore Open(string connection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        var text = connection.Trim();
        if (Find(text) is { } provider)
            return provider.Open(text);
        if (IsPostgreSql(text))
        {
            throw new ResultStoreException(
                $"The AgentGym results store is a PostgreSQL server, but no PostgreSQL store is registered. Reference the {PostgreSqlPackage} package from the project that runs (the test project for 'dotnet test'); " +
                "its build files register the store. Where they cannot (GenerateAssemblyInfo off), add [assembly: AgentGym.Sdk.ResultStoreProvider(typeof(AgentGym.Storage.PostgreSql.PostgreSqlResultStoreProvider))] to that project.");
        }

        return new SqliteResultStore(text);
    }

    // Registered providers first; else those that the loaded assemblies name (a front end that references a store package
    // names its provider on its own assembly).
    private static IResultStoreProvider? Find(string connection)
    {
        if (Array.Find(Snapshot(), p => p.Handles(connection)) is { } known)
            return known;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (!assembly.IsDynamic && assembly.IsDefined(typeof(ResultStoreProviderAttribute), inherit: false))
                RegisterFrom(assembly);
        }

        return Array.Find(Snapshot(), p => p.Handles(connection));
    }

    private static IResultStoreProvider[] Snapshot()
    {
        lock (Gate)
            return providers;
    }

    private static IEnumerable<ResultStoreProviderAttribute> Attributes(Assembly assembly)
    {
        try
        {
            return [.. assembly.GetCustomAttributes<ResultStoreProviderAttribute>()];
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new ResultStoreException($"{assembly.GetName().Name} names a results store provider whose assembly cannot be loaded: {ex.Message}", ex);
        }
    }
}
