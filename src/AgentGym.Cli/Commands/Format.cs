using System.Globalization;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Cli.Commands;

/// <summary>How the commands print figures.</summary>
internal static class Format
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static string ShortCommit(string? commit) => commit is null ? "-" : commit.Length > 8 ? commit[..8] : commit;

    public static string Status(AgentTestStatus status) => status switch
    {
        AgentTestStatus.Passed => "[green]Passed[/]",
        // A recorded result is still running only when its test host died while it ran.
        AgentTestStatus.Running => "[red]Running at crash[/]",
        _ when Outcomes.IsFailure(status) => $"[red]{status}[/]",
        _ => $"[grey]{status}[/]",
    };

    /// <summary>A count, or "not reported" when it was not measured (NULL in the store).</summary>
    public static string Count(long? value) => AgentGym.Metrics.AgentMetrics.Show(value);

    /// <summary>The change between two counts, or "-" when either was not reported.</summary>
    public static string Change(long? before, long? after) => before is { } b && after is { } a ? Change(b, (double)a) : "-";

    public static string Ms(double ms) => ms.ToString("0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/> in percent, or "new"/"-".</summary>
    public static string Change(double before, double after)
    {
        if (before == 0)
            return after == 0 ? "0%" : "new";
        var percent = (after - before) / before * 100;
        return (percent >= 0 ? "+" : string.Empty) + percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }

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
