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

    /// <summary>A text sparkline of the values, oldest first: one bar per value, scaled between their minimum and maximum.</summary>
    public static string Sparkline(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return string.Empty;
        var min = values.Min();
        var max = values.Max();
        return string.Concat(values.Select(v => max == min ? Bars[Bars.Length / 2] : Bars[(int)Math.Round((v - min) / (max - min) * (Bars.Length - 1))]));
    }
}
