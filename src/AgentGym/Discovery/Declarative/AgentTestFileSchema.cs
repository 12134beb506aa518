using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace AgentGym.Discovery.Declarative;

/// <summary>
/// The JSON Schema of declarative test files (<c>schemas/agenttest.schema.json</c>, embedded in the engine): the same
/// file that editors use to complete and check them, and that discovery checks each test against.
/// </summary>
internal static class AgentTestFileSchema
{
    /// <summary>The name of the embedded schema resource.</summary>
    public const string ResourceName = "AgentGym.agenttest.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Gets the schema's JSON text.</summary>
    public static string Text
    {
        get
        {
            using var stream = typeof(AgentTestFileSchema).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The engine lacks its embedded resource {ResourceName}.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Checks one test against the schema's <c>test</c> definition.</summary>
    /// <param name="test">The test, read with line information.</param>
    /// <returns>The problems, in the order of their lines; fields are named by their path from the file's root.</returns>
    public static IReadOnlyList<DeclarativeProblem> Check(JToken test)
    {
        var errors = Schema.Value.Definitions["test"].Validate(test);
        return [.. Flatten(errors)
            .Select(e => new DeclarativeProblem(e.HasLineInfo ? e.LineNumber : null, FieldOf(e), Describe(e)))
            .Concat(RequiredInObjectForm(test, "input", "task"))
            .Concat(RequiredInObjectForm(test, "validation_rules", "judge", "rubric"))
            .Distinct()
            .OrderBy(p => p.Line ?? 0)];
    }

    // "type": [string, object] fields whose object form needs a field: a schema "required" would apply to the string form too.
    private static IEnumerable<DeclarativeProblem> RequiredInObjectForm(JToken test, string field, string required) =>
        test[field] is JObject value && value[required] is null ? [DeclarativeProblem.At(value, $"{value.Path}.{required}", "is required.")] : [];

    private static IEnumerable<DeclarativeProblem> RequiredInObjectForm(JToken test, string list, string field, string required) =>
        test[list] is JArray rules ? rules.OfType<JObject>().SelectMany(rule => RequiredInObjectForm(rule, field, required)) : [];

    // Task.Run keeps a caller's synchronization context out of the load: with it, the Lazy's lock and a blocked context
    // thread can wait on each other (xunit's context has as many threads as cores).
    private static JsonSchema Load() => Task.Run(() => JsonSchema.FromJsonAsync(Text)).GetAwaiter().GetResult();

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            // A value of the wrong type for a "type": [string, object] field reports one error per type; one says it all.
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                    yield return inner;
            }
            else
            {
                yield return error;
            }
        }
    }

    // NJsonSchema paths read "#/validation_rules[0].regex"; a missing required field is named by Property.
    private static string FieldOf(ValidationError error)
    {
        var path = error.Path ?? string.Empty;
        path = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        return path;
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => "is required.",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"is not a known field. Known fields: {string.Join(", ", KnownFields(error))}.",
        ValidationErrorKind.StringExpected => "must be a string.",
        ValidationErrorKind.IntegerExpected => "must be a whole number.",
        ValidationErrorKind.NumberExpected => "must be a number.",
        ValidationErrorKind.BooleanExpected => "must be true or false.",
        ValidationErrorKind.ArrayExpected => "must be a list.",
        ValidationErrorKind.ObjectExpected => "must be an object.",
        ValidationErrorKind.NotInEnumeration => $"must be one of {string.Join(", ", error.Schema.Enumeration.Select(v => $"'{v}'"))}.",
        ValidationErrorKind.NumberTooSmall => $"is too small: it must be {Bound(error.Schema.ExclusiveMinimum, error.Schema.Minimum, "above", "at least")}.",
        ValidationErrorKind.NumberTooBig => $"is too big: it must be {Bound(error.Schema.ExclusiveMaximum, error.Schema.Maximum, "below", "at most")}.",
        ValidationErrorKind.StringTooShort => "must not be empty.",
        ValidationErrorKind.TooFewItems => "must not be empty.",
        ValidationErrorKind.TooFewProperties => "must have at least one field.",
        _ => $"does not match the schema ({error.Kind}).",
    };

    private static IEnumerable<string> KnownFields(ValidationError error) =>
        error.Schema?.ActualSchema.Properties.Keys.Where(k => k != "$schema") ?? [];

    private static string Bound(decimal? exclusive, decimal? inclusive, string exclusiveWord, string inclusiveWord) =>
        exclusive is { } e ? string.Create(CultureInfo.InvariantCulture, $"{exclusiveWord} {e}")
        : inclusive is { } i ? string.Create(CultureInfo.InvariantCulture, $"{inclusiveWord} {i}")
        : "in range";
}
