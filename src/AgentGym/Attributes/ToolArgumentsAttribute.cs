using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Gives the arguments that every call of a tool must have, for the <c>[ExpectTrajectory]</c> steps of that tool that give none
/// of their own: a JSON object compared as a subset, exactly or by regex
/// (<c>[ToolArguments("lookup_order", """{"order_id":"^A-\\d+$"}""", ArgumentMatch = ArgumentMatch.Regex)]</c>), or an
/// <see cref="IToolCallMatcher"/> (<c>[ToolArguments("issue_refund", Matcher = typeof(RefundWithinOrderTotal))]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class ToolArgumentsAttribute : Attribute
{
    /// <summary>Gives the arguments of <paramref name="tool"/>'s calls.</summary>
    /// <param name="tool">The tool's name.</param>
    /// <param name="argumentsJson">A JSON object of the expected arguments; <see langword="null"/> when <see cref="Matcher"/> decides.</param>
    public ToolArgumentsAttribute(string tool, string? argumentsJson = null)
    {
        Tool = tool;
        Arguments = argumentsJson;
    }

    /// <summary>Gets the tool's name.</summary>
    public string Tool { get; }

    /// <summary>Gets the expected arguments as JSON.</summary>
    public string? Arguments { get; }

    /// <summary>Gets or sets how <see cref="Arguments"/> are compared; a JSON subset by default.</summary>
    public ArgumentMatch ArgumentMatch { get; set; }

    /// <summary>Gets or sets a type that implements <see cref="IToolCallMatcher"/>, with a public parameterless constructor, to decide in code.</summary>
    public Type? Matcher { get; set; }

    /// <summary>Adds these arguments to a trajectory.</summary>
    /// <param name="trajectory">The trajectory.</param>
    /// <returns>A copy with the tool's arguments.</returns>
    /// <exception cref="ValidatorConfigurationException">Both or neither of the JSON and the matcher are given, or the matcher cannot be made.</exception>
    public ExpectedTrajectory ApplyTo(ExpectedTrajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        if ((Arguments is null) == (Matcher is null))
            throw new ValidatorConfigurationException($"[ToolArguments(\"{Tool}\")] must give either the arguments as JSON or a Matcher type, not {(Arguments is null ? "neither" : "both")}.");
        if (Arguments is not null)
            return trajectory.WithArguments(Tool, Arguments, ArgumentMatch);
        if (!typeof(IToolCallMatcher).IsAssignableFrom(Matcher) || Matcher!.IsAbstract || Matcher.GetConstructor(Type.EmptyTypes) is null)
            throw new ValidatorConfigurationException($"[ToolArguments(\"{Tool}\")]: Matcher type {Matcher!.FullName} must be a class that implements IToolCallMatcher and has a public parameterless constructor.");
        return trajectory.WithArguments(Tool, (IToolCallMatcher)Activator.CreateInstance(Matcher)!);
    }
}
