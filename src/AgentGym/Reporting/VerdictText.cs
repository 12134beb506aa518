using System.Text;
using System.Text.Json;
using AgentGym.Validation;

namespace AgentGym.Sdk;

/// <summary>A recorded result's failure as people read it: the error, then one line per verdict (<c>FAIL Validator: message</c>).</summary>
public static class VerdictText
{
    /// <summary>Gets the failure text of a result: its error message, then every verdict, failed ones first.</summary>
    /// <param name="test">The recorded result.</param>
    /// <returns>The text; empty when there is no error and no verdict.</returns>
    public static string Of(StoredTestRun test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(test.ErrorMessage))
            text.AppendLine(test.ErrorMessage);
        foreach (var verdict in Verdicts(test.ValidationsJson).OrderBy(v => v.Passed))
            text.AppendLine(verdict.ToString());
        return text.ToString().TrimEnd();
    }

    // A verdict line is written by ValidationResult, as under a test in Test Explorer.
    private static List<ValidationResult> Verdicts(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return [.. document.RootElement.EnumerateArray().Select(v => new ValidationResult(
                v.TryGetProperty("validator", out var name) ? name.GetString() ?? "?" : "?",
                v.TryGetProperty("passed", out var passed) && passed.ValueKind == JsonValueKind.True,
                v.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty))];
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return [ValidationResult.Fail("verdicts", json)];
        }
    }
}
