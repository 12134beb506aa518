using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgentGym.Discovery.Declarative;

/// <summary>What is wrong with a declarative test, and where: the line and the field.</summary>
/// <param name="Line">The line in the file (1-based), when known.</param>
/// <param name="Field">The field's path, such as <c>validation_rules[1].regex</c>; empty for the whole file.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record DeclarativeProblem(int? Line, string Field, string Message)
{
    /// <summary>Makes a problem located at a token of the file.</summary>
    public static DeclarativeProblem At(JToken? token, string field, string message) => new(LineOf(token), field, message);

    /// <summary>Gets the line a token was read from, when the reader kept it.</summary>
    public static int? LineOf(JToken? token) => token is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>Writes the problem as <c>file:line: field: message</c>.</summary>
    /// <param name="file">The file's path as shown to people.</param>
    public string Format(string file)
    {
        var where = Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}") : file;
        return Field.Length == 0 ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}
