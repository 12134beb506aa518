using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>
/// The counts <c>dotnet test</c> prints at the end of a run: on one line at minimal verbosity
/// (<c>Failed: 1, Passed: 5, Skipped: 1, Total: 7</c>), else as a block (<c>Total tests: 7</c>, <c>Passed: 5</c>, ...),
/// where a count of zero has no line.
/// </summary>
public sealed partial record TestSummary(int Failed, int Passed, int Skipped, int Total)
{
    /// <summary>Reads the summary of a run's output.</summary>
    public static TestSummary Parse(ProcessResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (OneLine().Match(run.Output) is { Success: true } line)
            return new TestSummary(Count(line, "failed"), Count(line, "passed"), Count(line, "skipped"), Count(line, "total"));

        // The block's lines may come in any order, and other output (a logger's message) may stand between them.
        var total = TotalLine().Matches(run.Output).LastOrDefault();
        Assert.True(total is not null, $"No test summary in the output.{Environment.NewLine}{run}");
        var block = run.Output[total.Index..];
        return new TestSummary(CountLine(block, "Failed"), CountLine(block, "Passed"), CountLine(block, "Skipped"), Count(total, "total"));
    }

    /// <summary>
    /// Reads the summary a Microsoft.Testing.Platform run prints (the executable, <c>dotnet run</c>, or <c>dotnet test</c> in
    /// that mode): <c>total: 9</c>, <c>failed: 2</c>, <c>succeeded: 6</c>, <c>skipped: 1</c>, each on a line of its own.
    /// </summary>
    public static TestSummary ParsePlatform(ProcessResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        // The platform colours its summary when it thinks a CI log can show colours (CI=true), so read it without them.
        var output = AnsiEscape().Replace(run.Output, string.Empty);
        var total = PlatformTotalLine().Matches(output).LastOrDefault();
        Assert.True(total is not null, $"No test summary in the output.{Environment.NewLine}{run}");
        var block = output[total.Index..];
        return new TestSummary(CountLine(block, "failed"), CountLine(block, "succeeded"), CountLine(block, "skipped"), Count(total, "total"));
    }

    private static int Count(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private static int CountLine(string block, string label) =>
        Regex.Match(block, $@"^\s*{label}:\s*(?<count>\d+)\s*$", RegexOptions.Multiline) is { Success: true } match ? Count(match, "count") : 0;

    [GeneratedRegex(@"Failed:\s*(?<failed>\d+),\s*Passed:\s*(?<passed>\d+),\s*Skipped:\s*(?<skipped>\d+),\s*Total:\s*(?<total>\d+)")]
    private static partial Regex OneLine();

    [GeneratedRegex(@"^\s*total:\s*(?<total>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PlatformTotalLine();

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"^Total tests:\s*(?<total>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex TotalLine();
}
