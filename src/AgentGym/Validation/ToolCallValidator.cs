using System.Globalization;
using System.Text.Json;
using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>Checks that the agent called a tool, optionally with arguments that hold a JSON subset and an exact number of times.</summary>
public sealed class ToolCallValidator : IValidator
{
    private readonly JsonElement? _arguments;

    /// <summary>Creates the validator.</summary>
    /// <param name="toolName">The tool's name (compared exactly).</param>
    /// <param name="argumentsJson">A JSON object that the call's arguments must hold, such as <c>{"query":"refund"}</c>; <see langword="null"/> for any arguments.</param>
    /// <param name="times">How many matching calls there must be; 0 for at least one.</param>
    /// <exception cref="ValidatorConfigurationException">The name is empty, the arguments are not a JSON object, or <paramref name="times"/> is negative.</exception>
    public ToolCallValidator(string toolName, string? argumentsJson = null, int times = 0)
    {
        if (string.IsNullOrWhiteSpace(toolName))
            throw new ValidatorConfigurationException("The tool name is empty: name the tool the agent must call.");
        if (times < 0)
            throw new ValidatorConfigurationException(string.Create(CultureInfo.InvariantCulture, $"Times is {times} for tool \"{toolName}\"; it must be 1 or more, or 0 for at least once."));
        if (argumentsJson is not null)
        {
            var arguments = JsonText.Parse(argumentsJson, $"The expected arguments of tool \"{toolName}\"");
            if (arguments.ValueKind != JsonValueKind.Object)
                throw new ValidatorConfigurationException($"The expected arguments of tool \"{toolName}\" must be a JSON object of argument names, such as {{\"query\":\"refund\"}}; got {QuotedText.Of(argumentsJson)}.");
            _arguments = arguments;
        }

        ToolName = toolName;
        Times = times;
        Name = ValidatorNames.Format("ExpectToolCall", [toolName], ("Arguments", argumentsJson), ("Times", times));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the tool's name.</summary>
    public string ToolName { get; }

    /// <summary>Gets how many matching calls there must be; 0 for at least one.</summary>
    public int Times { get; }

    /// <summary>Checks the response.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (UnreportedToolCalls.Verdict(context, Name) is { } unreported)
            return unreported;
        var calls = context.Response.ToolCalls;
        var named = calls.Where(c => string.Equals(c.Name, ToolName, StringComparison.Ordinal)).ToList();
        var matching = _arguments is { } expected
            ? named.Where(c => ToolCallJson.TryGetArguments(c, out var actual) && JsonSubset.Holds(expected, actual)).ToList()
            : named;
        var withArguments = _arguments is { } shown ? $" with arguments holding {JsonText.Show(shown)}" : string.Empty;

        if (Times == 0 ? matching.Count > 0 : matching.Count == Times)
            return ValidationResult.Pass(Name, string.Create(CultureInfo.InvariantCulture, $"tool \"{ToolName}\" was called{withArguments} {Count(matching.Count)}"));

        var expectation = Times == 0 ? $"a call to tool \"{ToolName}\"{withArguments}" : $"exactly {Count(Times, "call")} to tool \"{ToolName}\"{withArguments}";
        if (named.Count == 0)
            return ValidationResult.Fail(Name, $"expected {expectation}; {ToolCallJson.DescribeAll(calls)}");
        if (matching.Count == 0)
            return ValidationResult.Fail(Name, $"expected {expectation}; found {Count(named.Count, "call")} to it with other arguments: {ArgumentDifferences(named)}");
        return ValidationResult.Fail(Name, $"expected {expectation}; found {Count(matching.Count, "call")}: {ToolCallJson.DescribeAll(calls)}");
    }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Validate(context));

    private string ArgumentDifferences(List<ToolCall> named) => string.Join(", ", named.Take(5).Select(call =>
        ToolCallJson.TryGetArguments(call, out var actual)
            ? $"{ToolCallJson.Describe(call)} [{string.Join("; ", JsonSubset.Differences(_arguments!.Value, actual))}]"
            : ToolCallJson.Describe(call)));

    private static string Count(int count, string noun = "time") =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
