namespace AgentGym.Server.Catalog;

/// <summary>The results store the server reads and writes, with the parts of it the server uses by name.</summary>
internal sealed class ServerStore : IDisposable
{
    public ServerStore(IResultStore store, ResultRedactor redactor)
    {
        // What the API answers from the store goes through the redaction policy again: runs recorded before a secret was
        // configured, or by an older version, show without it.
        Results = new RedactingResultStore(store, redactor);
        Definitions = store as IDefinitionStore ?? throw Unsupported(store, nameof(IDefinitionStore));
        Requests = store as IRunRequestStore ?? throw Unsupported(store, nameof(IRunRequestStore));
        Catalog = store as IResultCatalog ?? throw Unsupported(store, nameof(IResultCatalog));
    }

    public IResultStore Results { get; }

    public IDefinitionStore Definitions { get; }

    public IRunRequestStore Requests { get; }

    public IResultCatalog Catalog { get; }

    public void Dispose() => Results.Dispose();

    private static ResultStoreException Unsupported(IResultStore store, string part) =>
        new($"The AgentGym results store {store.Location} ({store.GetType().Name}) does not implement {part}, which the server needs.");
}
