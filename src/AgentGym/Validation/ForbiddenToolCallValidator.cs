using System.Globalization;

namespace AgentGym.Validation;

/// <summary>Checks that the agent never called a tool.</summary>
public sealed class ForbiddenToolCallValidator : IValidator
{
    /// <summary>Creates the validator.</summary>
    /// <param name="toolName">The tool the agent must not call (compared exactly).</param>
    /// <exception cref="ValidatorConfigurationException">The name is empty.</exception>
    public ForbiddenToolCallValidator(string toolName)
    {
        if (string.IsNullOrWhiteSpace(toolName))
            throw new ValidatorConfigurationException("The tool name is empty: name the tool the agent must not call.");
        ToolName = toolName;
        Name = ValidatorNames.Format("ForbidToolCall", [toolName]);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the forbidden tool's name.</summary>
    public string ToolName { get; }

    /// <summary>Checks the response.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (UnreportedToolCalls.Verdict(context, Name) is { } unreported)
            return unreported;
        var forbidden = context.Response.ToolCalls.Where(c => string.Equals(c.Name, ToolName, StringComparison.Ordinal)).ToList();
        return forbidden.Count == 0
            ? ValidationResult.Pass(Name, $"tool \"{ToolName}\" was not called; {ToolCallJson.DescribeAll(context.Response.ToolCalls)}")
            : ValidationResult.Fail(Name, string.Create(CultureInfo.InvariantCulture,
                $"expected no call to tool \"{ToolName}\"; it was called {forbidden.Count} time{(forbidden.Count == 1 ? string.Empty : "s")}: {string.Join(", ", forbidden.Take(5).Select(ToolCallJson.Describe))}"));
    }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Validate(context));
}
