using System.Text.Json;
using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>
/// Pairs expected steps with the calls made. In order (strict), the longest common subsequence of matching calls; in any
/// order, a maximum matching. Steps and calls left over are paired by tool name where they can be, so that a call with the
/// wrong arguments shows as one line with its differences rather than as a missing step and an unexpected call.
/// </summary>
internal sealed class TrajectoryAlignment
{
    private readonly ExpectedTrajectory _expected;
    private readonly IReadOnlyList<ToolCall> _calls;
    private readonly IReadOnlyList<string>?[,] _differences;
    private readonly JsonElement?[] _arguments;

    public TrajectoryAlignment(ExpectedTrajectory expected, IReadOnlyList<ToolCall> calls)
    {
        _expected = expected;
        _calls = calls;
        _arguments = [.. calls.Select(c => ToolCallJson.TryGetArguments(c, out var json) ? json : (JsonElement?)null)];
        _differences = new IReadOnlyList<string>?[expected.StepList.Length, calls.Count];
    }

    /// <summary>Pairs the steps with the calls.</summary>
    /// <param name="ordered">Whether the order counts.</param>
    /// <returns>The rows of the diff, in call order.</returns>
    public List<TrajectoryRow> Align(bool ordered)
    {
        var pairs = ordered ? InOrder() : InAnyOrder();
        var stepPaired = new bool[_expected.StepList.Length];
        var callPaired = new bool[_calls.Count];
        foreach (var (step, call) in pairs)
            (stepPaired[step], callPaired[call]) = (true, true);

        // Leftovers with the same tool: paired in order, each call after the last pair (in order) or anywhere (in any order).
        var rows = pairs.Select(p => new TrajectoryRow(TrajectoryRowKind.Matched, p.Step, p.Call, [])).ToList();
        for (var step = 0; step < stepPaired.Length; step++)
        {
            if (stepPaired[step])
                continue;
            var (from, to) = ordered ? Gap(pairs, step) : (0, _calls.Count);
            for (var call = from; call < Math.Min(to, _calls.Count); call++)
            {
                if (callPaired[call] || !string.Equals(_calls[call].Name, _expected.StepList[step].Tool, StringComparison.Ordinal))
                    continue;
                (stepPaired[step], callPaired[call]) = (true, true);
                rows.Add(new TrajectoryRow(TrajectoryRowKind.ArgumentsDiffer, step, call, DifferencesOf(step, call)));
                break;
            }
        }

        rows.AddRange(Enumerable.Range(0, _calls.Count).Where(c => !callPaired[c]).Select(c => new TrajectoryRow(TrajectoryRowKind.Unexpected, null, c, [])));
        var missing = Enumerable.Range(0, stepPaired.Length).Where(s => !stepPaired[s]).Select(s => new TrajectoryRow(TrajectoryRowKind.Missing, s, null, [])).ToList();
        rows.Sort((a, b) => a.Call!.Value.CompareTo(b.Call!.Value));
        if (!ordered)
            return [.. rows, .. missing];

        // In order, a missing step goes right after the row of the step before it, so the diff reads top to bottom.
        foreach (var row in missing)
            rows.Insert(rows.FindLastIndex(r => r.Step < row.Step) + 1, row);

        return rows;
    }

    private bool Matches(int step, int call) => DifferencesOf(step, call).Count == 0;

    private IReadOnlyList<string> DifferencesOf(int step, int call) =>
        _differences[step, call] ??= _expected.StepList[step].Differences(_calls[call], _arguments[call], _expected.ToolArguments.GetValueOrDefault(_expected.StepList[step].Tool));

    private List<(int Step, int Call)> InOrder()
    {
        var steps = _expected.StepList.Length;
        var calls = _calls.Count;
        var lengths = new int[steps + 1, calls + 1];
        for (var s = steps - 1; s >= 0; s--)
        {
            for (var c = calls - 1; c >= 0; c--)
                lengths[s, c] = Matches(s, c) ? lengths[s + 1, c + 1] + 1 : Math.Max(lengths[s + 1, c], lengths[s, c + 1]);
        }

        var pairs = new List<(int, int)>();
        for (int s = 0, c = 0; s < steps && c < calls;)
        {
            if (Matches(s, c) && lengths[s, c] == lengths[s + 1, c + 1] + 1)
                pairs.Add((s++, c++));
            else if (lengths[s + 1, c] >= lengths[s, c + 1])
                s++;
            else
                c++;
        }

        return pairs;
    }

    private List<(int Step, int Call)> InAnyOrder()
    {
        // Kuhn's augmenting paths: a step takes a free matching call, or one whose step can move to another call.
        var callOwner = Enumerable.Repeat(-1, _calls.Count).ToArray();
        for (var step = 0; step < _expected.StepList.Length; step++)
            TryAssign(step, new bool[_calls.Count], callOwner);
        return [.. Enumerable.Range(0, _calls.Count).Where(c => callOwner[c] >= 0).Select(c => (callOwner[c], c))];
    }

    private bool TryAssign(int step, bool[] visited, int[] callOwner)
    {
        for (var call = 0; call < _calls.Count; call++)
        {
            if (visited[call] || !Matches(step, call))
                continue;
            visited[call] = true;
            if (callOwner[call] < 0 || TryAssign(callOwner[call], visited, callOwner))
            {
                callOwner[call] = step;
                return true;
            }
        }

        return false;
    }

    private static (int From, int To) Gap(List<(int Step, int Call)> pairs, int step)
    {
        var before = pairs.LastOrDefault(p => p.Step < step, (Step: -1, Call: -1));
        var after = pairs.FirstOrDefault(p => p.Step > step, (Step: int.MaxValue, Call: int.MaxValue));
        return (before.Call + 1, after.Call);
    }
}
