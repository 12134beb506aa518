using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Requires the agent's JSON output to match a JSON schema: written inline (<c>[MatchesJsonSchema("""{"type":"object"}""")]</c>),
/// read from a file relative to the test assembly's folder (<c>[MatchesJsonSchema("schemas/order.json")]</c>, copied to the
/// output), or generated from a C# type (<c>[MatchesJsonSchema(typeof(Order))]</c>). A text answer that is JSON counts as output.
/// </summary>
public sealed class MatchesJsonSchemaAttribute : ValidatorAttribute
{
    /// <summary>Requires the output to match a schema written inline or read from a file.</summary>
    /// <param name="pathOrInlineSchema">The schema JSON when it starts with <c>{</c>, else the path of a schema file.</param>
    public MatchesJsonSchemaAttribute(string pathOrInlineSchema) => PathOrInlineSchema = pathOrInlineSchema;

    /// <summary>Requires the output to match the schema of a C# type (camelCase names, as System.Text.Json's web defaults write them).</summary>
    /// <param name="schemaType">The type the output must have the shape of.</param>
    public MatchesJsonSchemaAttribute(Type schemaType) => SchemaType = schemaType;

    /// <summary>Gets the inline schema or the schema file's path, when the schema is not generated from a type.</summary>
    public string? PathOrInlineSchema { get; }

    /// <summary>Gets the type the schema is generated from, when there is one.</summary>
    public Type? SchemaType { get; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValidatorCreation.For(this, context, () => SchemaType is { } type ? JsonSchemaValidator.FromType(type)
            : PathOrInlineSchema is not { Length: > 0 } source ? throw new ValidatorConfigurationException("No schema is given: pass inline schema JSON, a schema file's path or a type.")
            : JsonSchemaValidator.IsInline(source) ? JsonSchemaValidator.FromJson(source)
            : JsonSchemaValidator.FromResolvedFile(source, context.ResolvePath(source)));
    }
}
