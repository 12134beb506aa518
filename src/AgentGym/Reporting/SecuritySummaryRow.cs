using AgentGym.Security;

namespace AgentGym.Reporting;

/// <summary>How one agent fared against the probes of one OWASP category.</summary>
/// <param name="Agent">The agent's registered name.</param>
/// <param name="Category">The category.</param>
/// <param name="Resisted">The probe cases that passed every check.</param>
/// <param name="NotResisted">The ids of the probes the agent fell for.</param>
/// <param name="NotChecked">The ids of the probes that proved nothing: skipped, errors, timeouts, attacks that never arrived.</param>
public sealed record SecuritySummaryRow(string Agent, OwaspCategory Category, int Resisted, IReadOnlyList<string> NotResisted, IReadOnlyList<string> NotChecked)
{
    /// <summary>Gets the category's code, such as <c>LLM01</c>.</summary>
    public string CategoryCode => Category.Code();

    /// <summary>Gets the category's title, such as <c>Prompt Injection</c>.</summary>
    public string CategoryTitle => Category.Title();

    /// <summary>Gets the number of probe cases.</summary>
    public int Probes => Resisted + NotResisted.Count + NotChecked.Count;
}
