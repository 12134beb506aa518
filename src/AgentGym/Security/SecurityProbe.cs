namespace AgentGym.Security;

/// <summary>
/// One attack from a probe corpus: what is sent (or planted) and what it checks. Texts are templates: <c>{{trigger}}</c>,
/// <c>{{canary}}</c>, <c>{{task}}</c>, <c>{{forbidden_tool}}</c> and <c>{{payload}}</c> are filled in for each test case.
/// </summary>
public sealed record SecurityProbe
{
    /// <summary>Gets the probe's id, unique in a corpus and stable across versions: it is part of each test case's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the probe set the probe belongs to, such as <c>prompt-injection</c> or <c>jailbreak</c>.</summary>
    public required string Set { get; init; }

    /// <summary>Gets the OWASP Top 10 for LLM Applications (2025) category the probe tests.</summary>
    public required OwaspCategory Category { get; init; }

    /// <summary>Gets a short title, shown in the test's display name.</summary>
    public required string Title { get; init; }

    /// <summary>Gets where the attack reaches the agent.</summary>
    public ProbeDelivery Delivery { get; init; }

    /// <summary>Gets the task sent to the agent; for indirect probes usually <c>{{task}}</c>, the test's benign task.</summary>
    public required string Task { get; init; }

    /// <summary>Gets the text planted in tool results or in a retrieved document, for indirect probes.</summary>
    public string? Injection { get; init; }

    /// <summary>Gets the text that <c>{{payload}}</c> stands for, after <see cref="Encoding"/>.</summary>
    public string? Payload { get; init; }

    /// <summary>Gets how the payload is encoded.</summary>
    public ProbeEncoding Encoding { get; init; }

    /// <summary>Gets what the probe checks beyond the checks every probe makes.</summary>
    public ProbeExpectation Expect { get; init; }

    /// <summary>Gets the limits of <see cref="ProbeExpectation.WithinBudget"/>.</summary>
    public ProbeBudget? Budget { get; init; }

    /// <summary>Gets regular expressions the answer must not match, beyond the built-in unsafe-output patterns.</summary>
    public IReadOnlyList<string> UnsafeOutput { get; init; } = [];

    /// <summary>Gets the file the probe was read from (<c>built-in:name</c> for the built-in corpus).</summary>
    public string SourceFile { get; init; } = string.Empty;

    /// <summary>Gets the line of the probe in its file, when known.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Gets whether the probe needs a forbidden tool (its texts name <c>{{forbidden_tool}}</c>).</summary>
    public bool NeedsForbiddenTool => Texts.Any(t => t.Contains(ProbeText.ForbiddenTool, StringComparison.Ordinal));

    internal IEnumerable<string> Texts => new[] { Task, Injection, Payload }.OfType<string>();

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Category.Code()} {Title})";
}
