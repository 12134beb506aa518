namespace AgentGym.Sdk;

/// <summary>
/// Opens the results stores of one kind (such as PostgreSQL) from their connection text. A store package supplies one and
/// names it with <see cref="ResultStoreProviderAttribute"/>; <see cref="ResultStores.Open(string)"/> asks the providers it
/// knows before it takes the text as a SQLite file.
/// </summary>
public interface IResultStoreProvider
{
    /// <summary>Gets the name of the kind of store, for messages: <c>PostgreSQL</c>.</summary>
    string Name { get; }

    /// <summary>Gets whether a connection text names a store of this kind.</summary>
    /// <param name="connection">The connection text, trimmed.</param>
    /// <returns><see langword="true"/> when <see cref="Open"/> opens it.</returns>
    bool Handles(string connection);

    /// <summary>Opens the store, creating its tables when they are missing.</summary>
    /// <param name="connection">The connection text, trimmed.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ResultStoreException">The store cannot be opened; the message names it, never a password.</exception>
    IResultStore Open(string connection);
}
