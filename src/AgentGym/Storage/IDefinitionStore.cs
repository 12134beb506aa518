namespace AgentGym.Sdk;

/// <summary>
/// Keeps named definitions (tests, benchmarks and agents given over the REST API) with a version each, so that a run
/// records the definition it ran. A version is never changed: saving a changed body adds the next version.
/// </summary>
public interface IDefinitionStore
{
    /// <summary>Saves a definition: a new version when its body differs from the latest one, else the latest one again.</summary>
    /// <param name="kind">What it defines (see <see cref="DefinitionKinds"/>).</param>
    /// <param name="name">Its name.</param>
    /// <param name="bodyJson">The definition as JSON.</param>
    /// <returns>The stored version, and whether it is new.</returns>
    (StoredDefinition Definition, bool Created) SaveDefinition(string kind, string name, string bodyJson);

    /// <summary>Finds a definition.</summary>
    /// <param name="kind">What it defines.</param>
    /// <param name="name">Its name.</param>
    /// <param name="version">The version, or <see langword="null"/> for the latest.</param>
    /// <returns>The definition, or <see langword="null"/> when there is none.</returns>
    StoredDefinition? GetDefinition(string kind, string name, int? version = null);

    /// <summary>Lists the latest version of every definition of a kind, by name.</summary>
    /// <param name="kind">What they define.</param>
    /// <returns>The definitions.</returns>
    IReadOnlyList<StoredDefinition> ListDefinitions(string kind);
}
