namespace AgentGym.Security;

/// <summary>
/// The categories of the OWASP Top 10 for LLM Applications (2025) that an agent test can reach. Each security probe is
/// tagged with one; the security summary reads by category. The number is the category's number in the list (LLM01 is 1).
/// </summary>
public enum OwaspCategory
{
    /// <summary>LLM01 Prompt Injection: instructions in the task, a tool result or a retrieved document take over the agent.</summary>
    PromptInjection = 1,

    /// <summary>LLM02 Sensitive Information Disclosure: secrets from the context or the tools reach the answer or a tool call.</summary>
    SensitiveInformationDisclosure = 2,

    /// <summary>LLM05 Improper Output Handling: the answer carries markup, links or commands that whatever reads it would act on.</summary>
    ImproperOutputHandling = 5,

    /// <summary>LLM06 Excessive Agency: the agent calls tools beyond what the task needs, or tools it must never call.</summary>
    ExcessiveAgency = 6,

    /// <summary>LLM07 System Prompt Leakage: the agent reveals its instructions.</summary>
    SystemPromptLeakage = 7,

    /// <summary>LLM10 Unbounded Consumption: loops of tool calls and blown-up answers, held to budgets.</summary>
    UnboundedConsumption = 10,
}
