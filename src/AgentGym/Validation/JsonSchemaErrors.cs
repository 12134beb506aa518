using System.Text.RegularExpressions;
using NJsonSchema.Validation;

namespace AgentGym.Validation;

/// <summary>Writes NJsonSchema's validation errors as <c>#/total: integer expected</c>, one per error.</summary>
internal static partial class JsonSchemaErrors
{
    private const int MaxErrors = 20;

    /// <summary>Describes each error with its path; the errors of nested schemas (<c>oneOf</c>, array items) follow in parentheses.</summary>
    public static IReadOnlyList<string> Describe(IEnumerable<ValidationError> errors)
    {
        var described = errors.Select(Describe).ToList();
        return described.Count > MaxErrors ? [.. described.Take(MaxErrors), $"… and {described.Count - MaxErrors} more"] : described;
    }

    private static string Describe(ValidationError error)
    {
        var text = $"{error.Path ?? "#"}: {Words(error.Kind)}";
        if (error is ChildSchemaValidationError { Errors.Count: > 0 } nested)
            text += $" ({string.Join("; ", nested.Errors.Values.SelectMany(e => e).Select(Describe))})";
        return text;
    }

    // IntegerExpected -> "integer expected"
    private static string Words(ValidationErrorKind kind) => CapitalLetter().Replace(kind.ToString(), " $0").Trim().ToLowerInvariant();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex CapitalLetter();
}
