namespace AgentGym.Validation;

/// <summary>Where a validator attribute was found, so that it can resolve files and name the test in errors.</summary>
/// <param name="TestName">The test's full name.</param>
/// <param name="BaseDirectory">The folder relative file paths resolve against: the test assembly's folder.</param>
public sealed record ValidatorCreationContext(string TestName, string BaseDirectory)
{
    /// <summary>Resolves a path against <see cref="BaseDirectory"/>.</summary>
    /// <param name="path">A relative or absolute path.</param>
    /// <returns>The absolute path.</returns>
    public string ResolvePath(string path) => Path.GetFullPath(path, BaseDirectory);

    /// <summary>
    /// Gets the attributes of the test (its class's, then its method's), for a validator attribute that other attributes
    /// refine, as <c>[ToolArguments]</c> refines <c>[ExpectTrajectory]</c>. Empty for tests that do not come from attributes.
    /// </summary>
    public IReadOnlyList<Attribute> Attributes { get; init; } = [];

    /// <summary>Gets whether the test is a regression test, for a test file's <c>baseline</c> rule (attributes read <see cref="Attributes"/>).</summary>
    internal bool IsRegressionTest { get; init; }
}
