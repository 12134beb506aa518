using System.Globalization;
using System.Text;
using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>
/// Writes the expected and the actual trajectory side by side, one line per step or call, in columns:
/// <code>
///   =  1 search({"query":"refund"})     1 search({"query":"refund"})
///   ~  2 refund({"amount":10})          3 refund({"amount":20})     $.amount: expected 10, got 20
///   -  3 lookup_order                                               expected, not called
///   +                                   2 get_weather()             called, not expected
/// </code>
/// </summary>
internal static class TrajectoryDiff
{
    /// <summary>The legend printed under the table.</summary>
    public const string Legend = "= matches · ~ same tool, other arguments · - expected, not called · + called, not expected";

    private const int MaxRows = 40;
    private const int MaxCellLength = 60;

    /// <summary>Writes the table.</summary>
    /// <param name="expected">The expected trajectory.</param>
    /// <param name="calls">The calls made.</param>
    /// <param name="rows">The aligned rows.</param>
    /// <param name="allowed">Whether a row is allowed by the match mode (an extra call in a superset), to say so in its note.</param>
    /// <returns>The table, with a header and a legend, each line indented by two spaces.</returns>
    public static string Write(ExpectedTrajectory expected, IReadOnlyList<ToolCall> calls, IReadOnlyList<TrajectoryRow> rows, Func<TrajectoryRow, bool> allowed)
    {
        var lines = rows.Take(MaxRows).Select(row => (
            Marker: row.Kind switch
            {
                TrajectoryRowKind.Matched => "=",
                TrajectoryRowKind.ArgumentsDiffer => "~",
                TrajectoryRowKind.Missing => "-",
                _ => "+",
            },
            Expected: row.Step is { } step ? Cell(step, expected.StepList[step].Describe(expected.ArgumentsOf(expected.StepList[step]))) : string.Empty,
            Actual: row.Call is { } call ? Cell(call, ToolCallJson.Describe(calls[call])) : string.Empty,
            Note: Note(row, allowed(row)))).ToList();
        var expectedWidth = Math.Max("expected".Length, lines.Count == 0 ? 0 : lines.Max(l => l.Expected.Length));
        var actualWidth = Math.Max("actual".Length, lines.Count == 0 ? 0 : lines.Max(l => l.Actual.Length));

        var text = new StringBuilder();
        text.Append("     ").Append("expected".PadRight(expectedWidth)).Append("  ").Append("actual").AppendLine();
        foreach (var line in lines)
        {
            var row = $"  {line.Marker}  {line.Expected.PadRight(expectedWidth)}  {line.Actual.PadRight(actualWidth)}  {line.Note}";
            text.Append(row.TrimEnd()).AppendLine();
        }

        if (rows.Count > MaxRows)
            text.AppendLine(CultureInfo.InvariantCulture, $"  … {rows.Count - MaxRows} more lines");
        if (lines.Count == 0)
            text.AppendLine("  (no step expected, no tool called)");
        text.Append("  ").Append(Legend);
        return text.ToString();
    }

    private static string Cell(int index, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"{index + 1,2} {QuotedText.Shorten(text, MaxCellLength)}");

    private static string Note(TrajectoryRow row, bool allowed) => row.Kind switch
    {
        TrajectoryRowKind.ArgumentsDiffer => string.Join("; ", row.Differences),
        TrajectoryRowKind.Missing => allowed ? "not called (allowed in a subset)" : "expected, not called",
        TrajectoryRowKind.Unexpected => allowed ? "extra call (allowed in a superset)" : "called, not expected",
        _ => string.Empty,
    };
}
