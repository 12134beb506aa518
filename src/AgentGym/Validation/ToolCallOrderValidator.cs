namespace AgentGym.Validation;

/// <summary>
/// Checks that the agent called tools in a relative order: each named tool is called after the one before it. Other calls
/// may come before, between and after them.
/// </summary>
public sealed class ToolCallOrderValidator : IValidator
{
    private readonly string[] _toolNames;

    /// <summary>Creates the validator.</summary>
    /// <param name="toolNames">The tools, in the order they must be called.</param>
    /// <exception cref="ValidatorConfigurationException">No name is given, or one is empty.</exception>
    public ToolCallOrderValidator(params IEnumerable<string> toolNames)
    {
        ArgumentNullException.ThrowIfNull(toolNames);
        _toolNames = [.. toolNames];
        if (_toolNames.Length == 0 || _toolNames.Any(string.IsNullOrWhiteSpace))
            throw new ValidatorConfigurationException("The tool order names no tool, or an empty one: give the tool names in the order they must be called.");
        Name = ValidatorNames.Format("ExpectToolCallOrder", _toolNames);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the tools in the order they must be called.</summary>
    public IReadOnlyList<string> ToolNames => _toolNames;

    /// <summary>Checks the response.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (UnreportedToolCalls.Verdict(context, Name) is { } unreported)
            return unreported;
        var calls = context.Response.ToolCalls;
        var found = 0;
        foreach (var call in calls)
        {
            if (found < _toolNames.Length && string.Equals(call.Name, _toolNames[found], StringComparison.Ordinal))
                found++;
        }

        var order = string.Join(" → ", _toolNames);
        var called = calls.Count == 0 ? "the agent called no tool" : $"the agent called: {string.Join(", ", calls.Select(c => c.Name))}";
        if (found == _toolNames.Length)
            return ValidationResult.Pass(Name, $"the tools were called in the order {order}");
        var missing = found == 0
            ? $"no call to \"{_toolNames[0]}\""
            : $"{string.Join(" → ", _toolNames.Take(found))}, then no call to \"{_toolNames[found]}\" after them";
        return ValidationResult.Fail(Name, $"expected calls in the order {order}; found {missing}; {called}");
    }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Validate(context));
}
