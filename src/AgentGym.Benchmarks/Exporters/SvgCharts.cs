using System.Globalization;
using System.Net;
using System.Text;
using AgentGym.Benchmarks.Results;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Exporters;

/// <summary>The charts of the HTML report, drawn as inline SVG so that the report opens offline with no script.</summary>
internal static class SvgCharts
{
    private const int Width = 760;
    private const int LabelWidth = 170;
    private const int RowHeight = 34;
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f"];

    public static string ColorOf(int index) => Palette[index % Palette.Length];

    /// <summary>Horizontal bars of the success rate per agent, with the confidence interval as a whisker.</summary>
    public static string SuccessRates(AgentBenchmarkRun run)
    {
        var height = (run.Agents.Count * RowHeight) + 40;
        var plot = Width - LabelWidth - 60;
        var svg = Begin(height, "Success rate per agent");
        for (var i = 0; i < run.Agents.Count; i++)
        {
            var stats = run.AgentStatistics.FirstOrDefault(s => s.Agent == run.Agents[i]);
            if (stats is null)
                continue;
            var y = 10 + (i * RowHeight);
            var s = stats.Success;
            Text(svg, LabelWidth - 8, y + 18, run.Agents[i], "end");
            Rect(svg, LabelWidth, y + 4, plot * s.Rate, 20, ColorOf(i));
            Line(svg, LabelWidth + (plot * s.Lower), y + 14, LabelWidth + (plot * s.Upper), y + 14, "#222");
            Line(svg, LabelWidth + (plot * s.Lower), y + 8, LabelWidth + (plot * s.Lower), y + 20, "#222");
            Line(svg, LabelWidth + (plot * s.Upper), y + 8, LabelWidth + (plot * s.Upper), y + 20, "#222");
            Text(svg, LabelWidth + plot + 6, y + 18, F(s.Rate * 100, "0") + "%", "start");
        }

        Axis(svg, height - 24, plot, 1, v => F(v * 100, "0") + "%");
        return End(svg);
    }

    /// <summary>A box plot of the durations per agent: whiskers from min to max, box from the 25th to the 75th percentile, a line at the median.</summary>
    public static string DurationBoxPlots(AgentBenchmarkRun run)
    {
        var height = (run.Agents.Count * RowHeight) + 40;
        var plot = Width - LabelWidth - 60;
        var max = Math.Max(1, run.Iterations.Select(i => i.Metrics.Duration.TotalMilliseconds).DefaultIfEmpty(0).Max());
        var svg = Begin(height, "Duration distribution per agent");
        for (var i = 0; i < run.Agents.Count; i++)
        {
            var values = run.Iterations.Where(it => it.Agent == run.Agents[i]).Select(it => it.Metrics.Duration.TotalMilliseconds).Order().ToArray();
            var y = 10 + (i * RowHeight);
            Text(svg, LabelWidth - 8, y + 18, run.Agents[i], "end");
            if (values.Length == 0)
                continue;
            double X(double v) => LabelWidth + (plot * v / max);
            double Q(double p) => Percentiles.Of(values, p);
            Line(svg, X(values[0]), y + 14, X(values[^1]), y + 14, "#555");
            Line(svg, X(values[0]), y + 6, X(values[0]), y + 22, "#555");
            Line(svg, X(values[^1]), y + 6, X(values[^1]), y + 22, "#555");
            Rect(svg, X(Q(0.25)), y + 4, Math.Max(1, X(Q(0.75)) - X(Q(0.25))), 20, ColorOf(i));
            Line(svg, X(Q(0.5)), y + 2, X(Q(0.5)), y + 26, "#111");
        }

        Axis(svg, height - 24, plot, max, v => F(v, "0") + " ms");
        return End(svg);
    }

    /// <summary>Grouped bars of the mean total tokens per task, one bar per agent.</summary>
    public static string TokensPerTask(AgentBenchmarkRun run)
    {
        var groupHeight = (run.Agents.Count * 16) + 14;
        var height = (run.Tasks.Count * groupHeight) + 40;
        var plot = Width - LabelWidth - 60;
        var max = Math.Max(1, run.TaskStatistics.Select(s => s.TotalTokens.Mean).DefaultIfEmpty(0).Max());
        var svg = Begin(height, "Mean tokens per task and agent");
        for (var t = 0; t < run.Tasks.Count; t++)
        {
            var y = 10 + (t * groupHeight);
            Text(svg, LabelWidth - 8, y + (groupHeight / 2), run.Tasks[t], "end");
            for (var a = 0; a < run.Agents.Count; a++)
            {
                var mean = run.TaskStatistics.FirstOrDefault(s => s.Agent == run.Agents[a] && s.Task == run.Tasks[t])?.TotalTokens.Mean ?? 0;
                var barY = y + (a * 16);
                Rect(svg, LabelWidth, barY, plot * mean / max, 13, ColorOf(a));
                Text(svg, LabelWidth + (plot * mean / max) + 4, barY + 11, F(mean, "0.#"), "start");
            }
        }

        Axis(svg, height - 24, plot, max, v => F(v, "0"));
        return End(svg);
    }

    private static StringBuilder Begin(int height, string title) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{Escape(title)}\">");

    private static string End(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axis(StringBuilder svg, int y, double plot, double max, Func<double, string> label)
    {
        Line(svg, LabelWidth, y, LabelWidth + plot, y, "#999");
        for (var k = 0; k <= 4; k++)
        {
            var x = LabelWidth + (plot * k / 4);
            Line(svg, x, y, x, y + 4, "#999");
            Text(svg, x, y + 16, label(max * k / 4), "middle");
        }
    }

    private static void Rect(StringBuilder svg, double x, double y, double width, double height, string color) =>
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(Math.Max(0, width))}\" height=\"{F(height)}\" fill=\"{color}\" />");

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, string color) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{color}\" stroke-width=\"1.5\" />");

    private static void Text(StringBuilder svg, double x, double y, string text, string anchor) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\" font-size=\"12\">{Escape(text)}</text>");

    private static string F(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
