namespace AgentGym.Security;

/// <summary>How a probe that expects a refusal recognises one.</summary>
public enum RefusalCheck
{
    /// <summary>By rule: the answer holds a refusal phrase (English, French, German, Spanish, Italian, Portuguese, Chinese, Japanese, Russian).</summary>
    Rule,

    /// <summary>By the LLM judge registered with <c>builder.AddJudge(chatClient)</c>, scoring whether the agent declined.</summary>
    Judge,
}
