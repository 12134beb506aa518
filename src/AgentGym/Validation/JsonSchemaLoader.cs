using System.Globalization;
using NJsonSchema;
using NJsonSchema.References;

namespace AgentGym.Validation;

/// <summary>
/// Loads JSON schemas for validators without surprises at discovery: references to URLs are refused unless allowed (then
/// fetched within a timeout), and a cycle of references is an error that says "cycle", instead of a validation that
/// fails on every attempt.
/// </summary>
internal static class JsonSchemaLoader
{
    /// <summary>
    /// The environment variable that allows <c>$ref</c> to URLs: a number of seconds that each fetch may take. Unset (the
    /// default), schemas that refer to URLs are refused, so that discovery never waits on the network.
    /// </summary>
    public const string RemoteReferencesVariable = "AGENTGYM_SCHEMA_REMOTE_REFS_TIMEOUT";

    /// <summary>Loads a schema, checks its references and finds cycles.</summary>
    /// <param name="json">The schema.</param>
    /// <param name="documentPath">The file it comes from, for relative references, or <see langword="null"/>.</param>
    /// <param name="what">How messages name the schema.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ValidatorConfigurationException">The schema refers to a URL that is not allowed, cannot be fetched in time, or has a cycle.</exception>
    public static JsonSchema Load(string json, string? documentPath, string what)
    {
        var timeout = RemoteReferenceTimeout(what);
        if (JsonSchemaCycles.Find(json) is { } cycle)
            throw new ValidatorConfigurationException($"{what} has a cycle of references: {cycle}. A $ref must lead to a schema, not back to itself.");
        JsonSchema schema;
        try
        {
            // Task.Run keeps a caller's synchronization context out of the loader; it finishes at once unless a URL is allowed.
            schema = Task.Run(() => JsonSchema.FromJsonAsync(json, documentPath!, s => new GuardedReferenceResolver(s, timeout, what))).GetAwaiter().GetResult();
        }
        catch (ValidatorConfigurationException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            for (var inner = ex; inner is not null; inner = inner.InnerException)
            {
                if (inner is ValidatorConfigurationException configuration)
                    throw configuration;
            }

            var cause = ex is AggregateException { InnerException: { } first } ? first : ex;
            var cyclic = cause.Message.Contains("Cyclic", StringComparison.OrdinalIgnoreCase) ? " (a cycle of $ref references)" : string.Empty;
            throw new ValidatorConfigurationException($"{what} is not a valid JSON schema{cyclic}: {cause.Message}", cause);
        }

        if (FindCycle(schema) is { } path)
            throw new ValidatorConfigurationException($"{what} has a cycle of references: {path}. A $ref must lead to a schema, not back to itself.");
        return schema;
    }

    private static TimeSpan? RemoteReferenceTimeout(string what)
    {
        var value = Environment.GetEnvironmentVariable(RemoteReferencesVariable);
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 3600)
            return TimeSpan.FromSeconds(seconds);
        throw new ValidatorConfigurationException($"{what}: the environment variable {RemoteReferencesVariable} is '{value}'; expected a number of seconds from 0 to 3600.");
    }

    // A chain of schemas that are only references, leading back to one of them: no schema is ever reached.
    private static string? FindCycle(JsonSchema root)
    {
        var visited = new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<JsonSchema>();
        pending.Push(root);
        while (pending.TryPop(out var schema))
        {
            if (!visited.Add(schema))
                continue;
            var chain = new List<JsonSchema>();
            for (var current = schema; current.Reference is { } target; current = target)
            {
                chain.Add(current);
                if (chain.Contains(target, ReferenceEqualityComparer.Instance) || ReferenceEquals(target, current))
                    return string.Join(" → ", chain.Append(target).Select(s => ((IJsonReferenceBase)s).ReferencePath ?? (ReferenceEquals(s, root) ? "#" : "(schema)")));
                if (chain.Count > 1000)
                    return "a chain of more than 1000 references";
            }

            foreach (var child in Children(schema))
                pending.Push(child);
        }

        return null;
    }

    private static IEnumerable<JsonSchema> Children(JsonSchema schema)
    {
        foreach (var child in schema.Definitions.Values)
            yield return child;
        foreach (var child in schema.Properties.Values)
            yield return child;
        foreach (var child in schema.PatternProperties.Values)
            yield return child;
        foreach (var child in schema.AllOf.Concat(schema.AnyOf).Concat(schema.OneOf).Concat(schema.Items))
            yield return child;
        foreach (var child in new[] { schema.Item, schema.Not, schema.AdditionalItemsSchema, schema.AdditionalPropertiesSchema, schema.Reference })
        {
            if (child is not null)
                yield return child;
        }
    }

    /// <summary>Resolves references as NJsonSchema does, but refuses URLs unless allowed, and fetches allowed ones within a timeout.</summary>
    private sealed class GuardedReferenceResolver(JsonSchema schema, TimeSpan? timeout, string what)
        : JsonReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()))
    {
        public override async Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken)
        {
            if (timeout is not { } limit)
            {
                throw new ValidatorConfigurationException(
                    $"{what} refers to the URL {url} ($ref). AgentGym does not fetch schemas over the network at discovery: save that schema next to the tests and refer to it by a relative path, or allow URL references by setting {RemoteReferencesVariable} to the seconds a fetch may take.");
            }

            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(limit);
            try
            {
                return await base.ResolveUrlReferenceAsync(url, cts.Token).WaitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new ValidatorConfigurationException(
                    string.Create(CultureInfo.InvariantCulture, $"{what} refers to the URL {url} ($ref), which did not answer within {limit.TotalSeconds:0.###} s ({RemoteReferencesVariable})."));
            }
        }
    }
}
