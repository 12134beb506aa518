using System.Globalization;

namespace AgentGym.Security;

/// <summary>The codes (<c>LLM01</c>) and titles of <see cref="OwaspCategory"/> values, and the parsing of a code.</summary>
public static class OwaspCategories
{
    /// <summary>Gets every category an agent test can reach, in list order.</summary>
    public static IReadOnlyList<OwaspCategory> All { get; } = Enum.GetValues<OwaspCategory>();

    /// <summary>Gets a category's code, such as <c>LLM01</c>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The code.</returns>
    public static string Code(this OwaspCategory category) => string.Create(CultureInfo.InvariantCulture, $"LLM{(int)category:00}");

    /// <summary>Gets a category's title, such as <c>Prompt Injection</c>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The title.</returns>
    public static string Title(this OwaspCategory category) => category switch
    {
        OwaspCategory.PromptInjection => "Prompt Injection",
        OwaspCategory.SensitiveInformationDisclosure => "Sensitive Information Disclosure",
        OwaspCategory.ImproperOutputHandling => "Improper Output Handling",
        OwaspCategory.ExcessiveAgency => "Excessive Agency",
        OwaspCategory.SystemPromptLeakage => "System Prompt Leakage",
        OwaspCategory.UnboundedConsumption => "Unbounded Consumption",
        _ => category.ToString(),
    };

    /// <summary>Reads a code (<c>LLM01</c>, <c>llm1</c>) or an enum name (<c>PromptInjection</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="category">The category, when the text names one.</param>
    /// <returns>Whether the text names a category an agent test can reach.</returns>
    public static bool TryParse(string? text, out OwaspCategory category)
    {
        category = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var trimmed = text.Trim();
        if (trimmed.StartsWith("LLM", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(trimmed.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && Enum.IsDefined((OwaspCategory)number))
        {
            category = (OwaspCategory)number;
            return true;
        }

        return !int.TryParse(trimmed, out _) && Enum.TryParse(trimmed, ignoreCase: true, out category) && Enum.IsDefined(category);
    }

    /// <summary>Gets the codes of every category, for messages: <c>LLM01, LLM02, ...</c>.</summary>
    public static string KnownCodes => string.Join(", ", All.Select(c => c.Code()));
}
