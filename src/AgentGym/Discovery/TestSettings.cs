using AgentGym.Attributes;

namespace AgentGym.Discovery;

/// <summary>Checks the numbers on an <see cref="AgentTestAttribute"/>.</summary>
internal static class TestSettings
{
    public const int DefaultStressConcurrency = 10;

    public static IEnumerable<string> Problems(AgentTestAttribute attribute)
    {
        if (attribute.TimeoutSeconds < 0)
            yield return $"TimeoutSeconds is {attribute.TimeoutSeconds}; it must be positive, or 0 for the configured default.";
        if (attribute.Retries < 0)
            yield return $"Retries is {attribute.Retries}; it must be 0 or more.";
        if (attribute.Runs < 0)
            yield return $"Runs is {attribute.Runs}; it must be 1 or more, or 0 for the type's default.";
        if (attribute.Concurrency < 0)
            yield return $"Concurrency is {attribute.Concurrency}; it must be 1 or more, or 0 for the default of {DefaultStressConcurrency}.";
        if (double.IsNaN(attribute.PassThreshold) || attribute.PassThreshold <= 0 || attribute.PassThreshold > 1)
            yield return $"PassThreshold is {attribute.PassThreshold}; it must be above 0 and at most 1.";
        if (!Enum.IsDefined(attribute.Type))
            yield return $"Type is {(int)attribute.Type}, which is not an AgentTestType.";
    }
}
