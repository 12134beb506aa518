using System.Text;
using System.Text.Json;
using AgentGym.Sdk;

namespace AgentGym.Cli.Reports;

/// <summary>A stored result's failure as people read it: the error, then one line per verdict (<c>FAIL Validator: message</c>).</summary>
internal static class VerdictText
{
    /// <summary>Gets the failure text of a result: its error message and every verdict, failed ones first.</summary>
    public static string Of(StoredTestRun test)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(test.ErrorMessage))
            text.AppendLine(test.ErrorMessage);
        foreach (var (validator, passed, message) in Verdicts(test.ValidationsJson).OrderBy(v => v.Passed))
            text.Append(passed ? "PASS " : "FAIL ").Append(validator).Append(": ").AppendLine(message);
        return text.ToString().TrimEnd();
    }

    private static List<(string Validator, bool Passed, string Message)> Verdicts(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return [.. document.RootElement.EnumerateArray().Select(v => (
                v.TryGetProperty("validator", out var name) ? name.GetString() ?? "?" : "?",
                v.TryGetProperty("passed", out var passed) && passed.ValueKind == JsonValueKind.True,
                v.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty))];
        }
        catch (JsonException)
        {
            return [("verdicts", false, json)];
        }
    }
}
