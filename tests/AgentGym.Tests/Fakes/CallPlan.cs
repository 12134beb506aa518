using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentGym.Tests.Fakes;

/// <summary>
/// How a <see cref="PlannedChatClient"/> answers a conversation, written into the task text: <see cref="Calls"/> model
/// calls (all but the last ask for the <c>step</c> tool), each with the same token usage.
/// </summary>
public sealed partial record CallPlan(int Calls, long InputTokens, long OutputTokens)
{
    public int ToolCalls => Calls - 1;

    public long TotalInputTokens => Calls * InputTokens;

    public long TotalOutputTokens => Calls * OutputTokens;

    public static CallPlan Parse(string text)
    {
        var match = PlanPattern().Match(text);
        if (!match.Success)
            throw new FormatException($"'{text}' holds no call plan such as 'calls=3 input=100 output=10'.");
        return new CallPlan(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    public override string ToString() => FormattableString.Invariant($"calls={Calls} input={InputTokens} output={OutputTokens}");

    [GeneratedRegex(@"calls=(\d+) input=(\d+) output=(\d+)")]
    private static partial Regex PlanPattern();
}
