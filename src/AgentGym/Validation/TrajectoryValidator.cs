using System.Globalization;
using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>
/// Checks the tool calls an agent made against an <see cref="ExpectedTrajectory"/>: the steps under its match mode, the
/// arguments of each step, the most calls of a tool and the tools after which nothing may be called. A failure shows the
/// expected and the actual trajectory side by side.
/// </summary>
public sealed class TrajectoryValidator : IValidator
{
    /// <summary>Creates the validator.</summary>
    /// <param name="expected">The expected trajectory.</param>
    public TrajectoryValidator(ExpectedTrajectory expected)
        : this(expected, null)
    {
    }

    /// <summary>Creates the validator with the name of the attribute that stands for it.</summary>
    internal TrajectoryValidator(ExpectedTrajectory expected, string? name)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Expected = expected;
        if (name is not null)
        {
            Name = name;
            return;
        }

        var limits = expected.MaxCallsByTool.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} ≤ {p.Value}"));
        Name = ValidatorNames.Format("ExpectTrajectory", [expected.Match, .. expected.StepList.Select(s => s.Describe(expected.ArgumentsOf(s)))],
            ("MaxCalls", expected.MaxCallsByTool.IsEmpty ? null : string.Join(", ", limits)),
            ("NoToolAfter", expected.NoToolAfterList.IsEmpty ? null : string.Join(", ", expected.NoToolAfterList)));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the expected trajectory.</summary>
    public ExpectedTrajectory Expected { get; }

    /// <summary>Checks the response's tool calls.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (UnreportedToolCalls.Verdict(context, Name) is { } unreported)
            return unreported;
        var calls = context.Response.ToolCalls;
        var match = Expected.Match;
        var rows = new TrajectoryAlignment(Expected, calls).Align(ordered: match == TrajectoryMatch.Strict);
        var failing = rows.Where(r => !Allowed(r)).ToList();
        var problems = new List<string>();
        if (failing.Count > 0)
            problems.Add($"the calls do not match the {match.ToString().ToLowerInvariant()} trajectory: {Counts(failing)}{OrderHint(calls, rows)}");
        problems.AddRange(TooManyCalls(calls));
        problems.AddRange(CallsAfterFinalTool(calls));

        if (problems.Count == 0)
        {
            var made = calls.Count == 0 ? "no tool was called" : string.Join(" → ", calls.Select(c => c.Name));
            return ValidationResult.Pass(Name, $"the tool calls follow the trajectory ({match}): {made}");
        }

        var table = TrajectoryDiff.Write(Expected, calls, rows, Allowed);
        return ValidationResult.Fail(Name, $"{string.Join("; ", problems)}{Environment.NewLine}{table}");
    }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Validate(context));

    private bool Allowed(TrajectoryRow row) => row.Kind switch
    {
        TrajectoryRowKind.Matched => true,
        TrajectoryRowKind.Missing => Expected.Match == TrajectoryMatch.Subset,
        TrajectoryRowKind.Unexpected => Expected.Match == TrajectoryMatch.Superset,
        _ => false,
    };

    private string OrderHint(IReadOnlyList<ToolCall> calls, List<TrajectoryRow> rows)
    {
        // The same calls in another order read in the table as steps missing and calls unexpected: say what happened.
        if (Expected.Match != TrajectoryMatch.Strict || rows.All(r => r.Kind == TrajectoryRowKind.Matched))
            return string.Empty;
        var anyOrder = new TrajectoryAlignment(Expected, calls).Align(ordered: false);
        return anyOrder.All(r => r.Kind == TrajectoryRowKind.Matched) ? " (the expected calls were all made, in another order)" : string.Empty;
    }

    private static string Counts(List<TrajectoryRow> failing)
    {
        var parts = new List<string>();
        AddCount(parts, failing.Count(r => r.Kind == TrajectoryRowKind.Missing), "step not called", "steps not called");
        AddCount(parts, failing.Count(r => r.Kind == TrajectoryRowKind.Unexpected), "call not expected", "calls not expected");
        AddCount(parts, failing.Count(r => r.Kind == TrajectoryRowKind.ArgumentsDiffer), "call with other arguments", "calls with other arguments");
        return string.Join(", ", parts);
    }

    private static void AddCount(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}"));
    }

    private IEnumerable<string> TooManyCalls(IReadOnlyList<ToolCall> calls)
    {
        foreach (var (tool, max) in Expected.MaxCallsByTool.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var at = Enumerable.Range(0, calls.Count).Where(i => string.Equals(calls[i].Name, tool, StringComparison.Ordinal)).ToList();
            if (at.Count > max)
                yield return string.Create(CultureInfo.InvariantCulture, $"tool \"{tool}\" was called {at.Count} times (calls {string.Join(", ", at.Select(i => $"#{i + 1}"))}), at most {max} allowed");
        }
    }

    private IEnumerable<string> CallsAfterFinalTool(IReadOnlyList<ToolCall> calls)
    {
        foreach (var tool in Expected.NoToolAfterList)
        {
            var first = Enumerable.Range(0, calls.Count).FirstOrDefault(i => string.Equals(calls[i].Name, tool, StringComparison.Ordinal), -1);
            if (first < 0)
                continue;
            var after = Enumerable.Range(first + 1, calls.Count - first - 1).Where(i => !string.Equals(calls[i].Name, tool, StringComparison.Ordinal)).ToList();
            if (after.Count > 0)
                yield return string.Create(CultureInfo.InvariantCulture, $"no tool may follow \"{tool}\" (call #{first + 1}), but then came {string.Join(", ", after.Select(i => $"{calls[i].Name} (#{i + 1})"))}");
        }
    }
}
