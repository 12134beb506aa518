using System.Globalization;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Cli.Commands;

/// <summary>How the commands print figures.</summary>
internal static class Format
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static string ShortCommit(string? commit) => commit is null ? "-" : commit.Length > 8 ? commit[..8] : commit;

    /// <summary>A status in its colour: green passed, red a failure, grey neither (<see cref="StatusText"/>).</summary>
    public static string Status(AgentTestStatus status) => StatusText.Tone(status) switch
    {
        StatusTone.Passed => $"[green]{StatusText.Of(status)}[/]",
        StatusTone.Failed => $"[red]{StatusText.Of(status)}[/]",
        _ => $"[grey]{StatusText.Of(status)}[/]",
    };

    /// <summary>A test's change between two runs in its colour: red now failing, green now passing (<see cref="ChangeText"/>).</summary>
    public static string Change(TestChange change) => change switch
    {
        TestChange.NowFailing => $"[red]{ChangeText.Of(change)}[/]",
        TestChange.NowPassing => $"[green]{ChangeText.Of(change)}[/]",
        _ => ChangeText.Of(change),
    };

    /// <summary>A count, or "not reported" when it was not measured (NULL in the store).</summary>
    public static string Count(long? value) => AgentGym.Metrics.AgentMetrics.Show(value);

    public static string Ms(double ms) => ms.ToString("0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>
    /// A text sparkline of the values, oldest first: one bar per value on a scale from <paramref name="floor"/> (the lowest
    /// bar) to <paramref name="ceiling"/> (the highest); the ceiling defaults to the largest value. The scale starts at a
    /// fixed floor rather than at the smallest value, so a constant 0 is drawn low and a constant 100 % high.
    /// </summary>
    public static string Sparkline(IReadOnlyList<double> values, double floor = 0, double? ceiling = null)
    {
        if (values.Count == 0)
            return string.Empty;
        var top = ceiling ?? values.Max();
        if (top <= floor)
            return new string(Bars[0], values.Count);
        return string.Concat(values.Select(v => Bars[(int)Math.Round(Math.Clamp((v - floor) / (top - floor), 0, 1) * (Bars.Length - 1))]));
    }

    /// <summary>"1 test", "2 tests".</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
