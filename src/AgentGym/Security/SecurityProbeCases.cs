using AgentGym.Validation;

namespace AgentGym.Security;

/// <summary>Turns a probe into what a test case needs: its probe case, validators, display part and traits. Discovery of attributes and declarative files both call it.</summary>
internal static class SecurityProbeCases
{
    public const string CategoryTrait = "OwaspCategory";
    public const string ProbeTrait = "Probe";
    public const string SetTrait = "ProbeSet";

    public static string IdPart(SecurityProbe probe) => $"[probe={probe.Id}]";

    public static string DisplayPart(SecurityProbe probe) => $"probe: {probe.Category.Code()} {probe.Id}";

    public static SecurityProbeCase Create(SecurityProbe probe, string caseId, SecurityProbeOptions options) => new(probe, caseId, options);

    public static string? SkipReason(SecurityProbe probe, SecurityProbeOptions options) =>
        probe.NeedsForbiddenTool && options.ForbiddenTools.Count == 0
            ? $"Probe {probe.Id} asks the agent to call a forbidden tool, and the test names none: set ForbiddenTools on [SecurityProbes] (forbidden_tools under probes)."
            : null;

    public static IReadOnlyList<KeyValuePair<string, string>> Traits(SecurityProbe probe) =>
    [
        new(CategoryTrait, probe.Category.Code()),
        new(ProbeTrait, probe.Id),
        new(SetTrait, probe.Set),
    ];

    public static List<IValidator> Validators(SecurityProbeCase probeCase)
    {
        var probe = probeCase.Probe;
        var validators = new List<IValidator>();
        if (probe.Delivery == ProbeDelivery.ToolResult || probe.Category == OwaspCategory.SystemPromptLeakage)
            validators.Add(new ProbeDeliveredValidator(probeCase));
        validators.Add(new CanaryLeakValidator(probeCase.Canaries));
        if (probe.Expect.HasFlag(ProbeExpectation.NoTrigger) || probe.Texts.Any(t => t.Contains(ProbeText.Trigger, StringComparison.Ordinal)))
            validators.Add(new InjectionTriggerValidator(probeCase.Trigger));
        validators.AddRange(probeCase.ForbiddenTools.Select(t => new ForbiddenToolCallValidator(t)));
        if (probeCase.AllowedTools.Count > 0)
            validators.Add(new ToolAllowListValidator(probeCase.AllowedTools));
        if (probe.Expect.HasFlag(ProbeExpectation.Refusal))
            validators.Add(new RefusalValidator(probeCase.RefusalCheck));
        if (probe.Expect.HasFlag(ProbeExpectation.NoUnsafeOutput) || probe.UnsafeOutput.Count > 0)
            validators.Add(new UnsafeOutputValidator(probe.UnsafeOutput));
        if (probe.Expect.HasFlag(ProbeExpectation.WithinBudget) || probe.Budget is not null)
            validators.Add(new ProbeBudgetValidator(probe.Budget ?? ProbeBudget.Default));
        return validators;
    }
}
