using System.Globalization;

namespace AgentGym.Sdk;

/// <summary>How every comparison writes a change: of a test's result, and of a figure in percent.</summary>
public static class ChangeText
{
    /// <summary>Gets the words for a change: <c>now failing</c>, <c>now passing</c>, <c>status changed</c>, <c>new</c>, <c>gone</c>, or empty when unchanged.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The words.</returns>
    public static string Of(TestChange change) => change switch
    {
        TestChange.NowFailing => "now failing",
        TestChange.NowPassing => "now passing",
        TestChange.StatusChanged => "status changed",
        TestChange.New => "new",
        TestChange.Gone => "gone",
        _ => string.Empty,
    };

    /// <summary>Gets the change from <paramref name="before"/> to <paramref name="after"/> in percent: <c>+50%</c>, <c>-3.2%</c>, <c>0%</c>.</summary>
    /// <param name="before">The earlier figure, or <see langword="null"/> when it was not reported.</param>
    /// <param name="after">The later figure, or <see langword="null"/> when it was not reported.</param>
    /// <returns>The change; <c>from 0</c> when the earlier figure was 0 and the later is not; <c>-</c> when either was not reported.</returns>
    public static string Percent(double? before, double? after)
    {
        if (before is not { } b || after is not { } a)
            return "-";
        if (b == 0)
            return a == 0 ? "0%" : "from 0";
        var percent = (a - b) / b * 100;
        return (percent >= 0 ? "+" : string.Empty) + percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }
}
