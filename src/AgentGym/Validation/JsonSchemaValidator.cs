using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Generation;

namespace AgentGym.Validation;

/// <summary>
/// Checks that the agent's JSON output matches a JSON schema (NJsonSchema): a schema written inline, read from a file, or
/// generated from a C# type. The structured output is checked when there is one, else the text when it is JSON.
/// </summary>
public sealed class JsonSchemaValidator : IValidator
{
    private readonly JsonSchema _schema;

    /// <summary>Creates the validator from a schema already loaded.</summary>
    /// <param name="schema">The schema. It must not change while tests run: validation reads it from many threads.</param>
    /// <param name="description">What to call the schema in the validator's name; defaults to its title.</param>
    public JsonSchemaValidator(JsonSchema schema, string? description = null)
        : this(ValidatorNames.Format("MatchesJsonSchema", [description ?? schema?.Title ?? "schema"]), schema ?? throw new ArgumentNullException(nameof(schema)))
    {
    }

    private JsonSchemaValidator(string name, JsonSchema schema)
    {
        Name = name;
        _schema = schema;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the schema.</summary>
    public JsonSchema Schema => _schema;

    /// <summary>Creates the validator from a schema written as JSON.</summary>
    /// <param name="schemaJson">The schema.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ValidatorConfigurationException">The text is not JSON or not a schema.</exception>
    public static JsonSchemaValidator FromJson(string schemaJson)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        return new JsonSchemaValidator(NameFor(schemaJson), Load(schemaJson, documentPath: null, "The inline schema"));
    }

    /// <summary>Creates the validator from a schema file.</summary>
    /// <param name="path">The file; a relative path resolves against <paramref name="baseDirectory"/>.</param>
    /// <param name="baseDirectory">The folder relative paths resolve against; defaults to the application's folder (a test project's output folder).</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ValidatorConfigurationException">The file is missing, unreadable, not JSON or not a schema.</exception>
    public static JsonSchemaValidator FromFile(string path, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromResolvedFile(path, Path.GetFullPath(path, baseDirectory ?? AppContext.BaseDirectory));
    }

    /// <summary>Creates the validator from inline schema JSON when the text starts with <c>{</c>, else from the file it names.</summary>
    /// <param name="schemaJsonOrPath">The schema, or the path of a schema file.</param>
    /// <param name="baseDirectory">The folder relative paths resolve against; defaults to the application's folder.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ValidatorConfigurationException">The schema is not valid, or its file is missing.</exception>
    public static JsonSchemaValidator FromJsonOrFile(string schemaJsonOrPath, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(schemaJsonOrPath);
        return IsInline(schemaJsonOrPath) ? FromJson(schemaJsonOrPath) : FromFile(schemaJsonOrPath, baseDirectory);
    }

    /// <summary>Creates the validator from the schema of a C# type, with the names System.Text.Json's web defaults give (camelCase).</summary>
    /// <param name="type">The type the output must have the shape of.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ValidatorConfigurationException">No schema can be generated for the type.</exception>
    public static JsonSchemaValidator FromType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        JsonSchema schema;
        try
        {
            schema = JsonSchema.FromType(type, new SystemTextJsonSchemaGeneratorSettings { SerializerOptions = JsonSerializerOptions.Web });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ValidatorConfigurationException($"No JSON schema can be generated from the type {type.FullName}: {ex.Message}", ex);
        }

        return new JsonSchemaValidator(NameFor(type), schema);
    }

    /// <summary>Creates the validator from the schema of a C# type.</summary>
    /// <typeparam name="T">The type the output must have the shape of.</typeparam>
    /// <returns>The validator.</returns>
    public static JsonSchemaValidator FromType<T>() => FromType(typeof(T));

    /// <summary>Tells whether the text is an inline schema (it starts with <c>{</c>) rather than a file path.</summary>
    /// <param name="schemaJsonOrPath">The text.</param>
    /// <returns><see langword="true"/> for inline JSON.</returns>
    public static bool IsInline(string schemaJsonOrPath) => schemaJsonOrPath is not null && schemaJsonOrPath.TrimStart().StartsWith('{');

    /// <summary>Checks the response.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Response.GetOutputOrParsedText() is not { } output)
        {
            return ValidationResult.Fail(Name,
                $"expected JSON output matching the schema; the answer has no structured output and its text is not JSON: {QuotedText.Of(context.Response.Text)}");
        }

        var errors = JsonSchemaErrors.Describe(_schema.Validate(output.GetRawText()));
        return errors.Count == 0
            ? ValidationResult.Pass(Name, "the output matches the schema")
            : ValidationResult.Fail(Name, $"expected the output to match the schema; {errors.Count} error(s): {string.Join("; ", errors)}. The output: {JsonText.Show(output)}");
    }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Validate(context));

    /// <summary>Creates the validator from a schema file, naming it as written in messages.</summary>
    /// <param name="writtenPath">The path as the test wrote it.</param>
    /// <param name="resolvedPath">The absolute path.</param>
    internal static JsonSchemaValidator FromResolvedFile(string writtenPath, string resolvedPath)
    {
        var where = $"The schema file {QuotedText.Of(writtenPath)} (resolved to {QuotedText.Of(resolvedPath)})";
        if (!File.Exists(resolvedPath))
            throw new ValidatorConfigurationException($"{where} does not exist. Copy it to the test output folder (CopyToOutputDirectory) or give an absolute path.");
        string json;
        try
        {
            json = File.ReadAllText(resolvedPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ValidatorConfigurationException($"{where} cannot be read: {ex.Message}", ex);
        }

        return new JsonSchemaValidator(NameFor(writtenPath), Load(json, resolvedPath, where));
    }

    private static string NameFor(object schemaSource) => ValidatorNames.Format("MatchesJsonSchema", [schemaSource]);

    // Validators are made synchronously (at discovery, or in an AgentAssert call), so the loader is waited on here.
    private static JsonSchema Load(string json, string? documentPath, string what)
    {
        var root = JsonText.Parse(json, what);
        if (root.ValueKind != JsonValueKind.Object)
            throw new ValidatorConfigurationException($"{what} is not a JSON schema: a schema is a JSON object, and this is {root.ValueKind.ToString().ToLowerInvariant()}.");
        return JsonSchemaLoader.Load(json, documentPath, what);
    }
}
