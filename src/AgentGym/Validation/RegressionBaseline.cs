using AgentGym.Definitions;

namespace AgentGym.Validation;

/// <summary>
/// The one rule that makes <see cref="AgentTestType.Regression"/> mean something: a regression test compares with its stored
/// baseline even without <c>[Baseline]</c> (or a <c>baseline</c> rule), with <see cref="BaselineTolerances.RegressionDefaults"/>.
/// Every discoverer calls it, so attributed and declarative tests behave the same.
/// </summary>
internal static class RegressionBaseline
{
    /// <summary>Adds the default baseline check to a regression test's validators when none is there.</summary>
    /// <param name="type">The test's type.</param>
    /// <param name="validators">The validators made from its attributes or rules.</param>
    public static void AddDefault(AgentTestType type, List<IValidator> validators)
    {
        if (type == AgentTestType.Regression && !validators.OfType<BaselineValidator>().Any())
            validators.Add(new BaselineValidator(BaselineTolerances.RegressionDefaults));
    }
}
