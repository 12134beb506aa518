namespace AgentGym.Server.Api;

/// <summary>Two runs test by test, as <c>agentgym compare</c> shows them: the engine's <see cref="RunComparison"/>.</summary>
internal sealed record ComparisonView
{
    public required RunView Before { get; init; }

    public required RunView After { get; init; }

    public int NowFailing { get; init; }

    public int NowPassing { get; init; }

    public int New { get; init; }

    public int Gone { get; init; }

    /// <summary>Gets the comparison in one sentence.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets every test of either run, changes first.</summary>
    public IReadOnlyList<TestChangeView> Tests { get; init; } = [];

    public static ComparisonView Of(RunComparison comparison) => new()
    {
        Before = Views.Of(comparison.Before),
        After = Views.Of(comparison.After),
        NowFailing = comparison.NowFailing,
        NowPassing = comparison.NowPassing,
        New = comparison.New,
        Gone = comparison.Gone,
        Summary = comparison.Summary,
        Tests = [.. comparison.Tests.Select(t => new TestChangeView
        {
            TestId = t.TestId,
            Name = t.DisplayName,
            Change = t.Change.ToString(),
            ChangeText = ChangeText.Of(t.Change),
            Before = t.Before,
            After = t.After,
            TokensChange = t.TokensChange,
            DurationChange = t.DurationChange,
        })],
    };
}

/// <summary>One test in two runs.</summary>
internal sealed record TestChangeView
{
    public required string TestId { get; init; }

    public required string Name { get; init; }

    /// <summary>Gets the change: <c>NowFailing</c>, <c>NowPassing</c>, <c>StatusChanged</c>, <c>New</c>, <c>Gone</c> or <c>Unchanged</c>.</summary>
    public required string Change { get; init; }

    /// <summary>Gets the change in words: <c>now failing</c>, <c>now passing</c>, <c>status changed</c>, <c>new</c>, <c>gone</c>, or empty.</summary>
    public required string ChangeText { get; init; }

    public StoredTestRun? Before { get; init; }

    public StoredTestRun? After { get; init; }

    public string? TokensChange { get; init; }

    public string? DurationChange { get; init; }
}
