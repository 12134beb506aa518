namespace AgentGym.Benchmarks.Attributes;

/// <summary>
/// Marks a method that runs once per agent before its first iteration, after the <see cref="AgentParamsAttribute"/> property
/// is set, as BenchmarkDotNet's <c>[GlobalSetup]</c> does. It may return a <c>Task</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class GlobalSetupAttribute : Attribute;
