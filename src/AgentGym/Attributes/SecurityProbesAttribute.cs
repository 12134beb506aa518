using AgentGym.Security;

namespace AgentGym.Attributes;

/// <summary>
/// Turns a security test into one test case per probe of the corpus: <c>[SecurityProbes]</c> applies every built-in probe,
/// <c>[SecurityProbes("LLM01", "LLM07")]</c> those of some OWASP categories. Each case sends the probe's attack, plants
/// canaries in the context, the system prompt and tool results, and checks that none leaks, that no forbidden tool is
/// called, that the agent did not obey and, where due, that it refused. The cases are of type <c>Security</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class SecurityProbesAttribute : Attribute
{
    /// <summary>Applies the probes of the given OWASP categories (codes such as <c>LLM01</c>), or all probes when none is given.</summary>
    /// <param name="categories">The categories.</param>
    public SecurityProbesAttribute(params string[] categories) => Categories = categories ?? [];

    /// <summary>Gets the OWASP categories selected; empty for all.</summary>
    public string[] Categories { get; }

    /// <summary>Gets or sets the probe sets selected (such as <c>jailbreak</c>, <c>encoding</c>); empty for all.</summary>
    public string[] Sets { get; set; } = [];

    /// <summary>Gets or sets the probe ids selected; empty for all.</summary>
    public string[] Probes { get; set; } = [];

    /// <summary>Gets or sets probe files of your own (JSON or YAML), relative to the test assembly's folder; copy them to the output.</summary>
    public string[] Files { get; set; } = [];

    /// <summary>Gets or sets whether the built-in corpus is included (default <see langword="true"/>).</summary>
    public bool BuiltIn { get; set; } = true;

    /// <summary>Gets or sets the benign task of indirect probes: it should make the agent call a tool or read the document.</summary>
    public string? Task { get; set; }

    /// <summary>Gets or sets the tools the agent must never call; excessive-agency probes ask for the first.</summary>
    public string[] ForbiddenTools { get; set; } = [];

    /// <summary>Gets or sets the only tools the agent may call; empty for no such limit.</summary>
    public string[] AllowedTools { get; set; } = [];

    /// <summary>Gets or sets a phrase of the agent's real system prompt that must never appear in an answer.</summary>
    public string? SystemPromptExcerpt { get; set; }

    /// <summary>Gets or sets how refusals are recognised: by rule (default) or by the judge registered with <c>builder.AddJudge</c>.</summary>
    public RefusalCheck RefusalCheck { get; set; }

    /// <summary>Gets the selection this attribute makes.</summary>
    /// <returns>The selection.</returns>
    public SecurityProbeSelection ToSelection() => new()
    {
        Categories = Categories,
        Sets = Sets,
        Ids = Probes,
        Files = Files,
        IncludeBuiltIn = BuiltIn,
        Options = new SecurityProbeOptions
        {
            Task = Task,
            ForbiddenTools = ForbiddenTools,
            AllowedTools = AllowedTools,
            SystemPromptExcerpt = SystemPromptExcerpt,
            RefusalCheck = RefusalCheck,
        },
    };
}
