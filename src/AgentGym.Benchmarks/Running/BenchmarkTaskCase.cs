using System.Reflection;
using AgentGym.Agents;
using AgentGym.Validation;

namespace AgentGym.Benchmarks.Running;

/// <summary>One task of a benchmark: a <c>[BenchmarkTask]</c> method, with one case of its <c>[TasksFrom]</c> file when it has one.</summary>
/// <param name="Name">The name reports show: the method (or its description), with the case's name for a data set.</param>
/// <param name="Method">The method.</param>
/// <param name="Request">The case passed to the method, or <see langword="null"/>.</param>
/// <param name="Validators">The validators that decide success.</param>
internal sealed record BenchmarkTaskCase(string Name, MethodInfo Method, AgentRequest? Request, IReadOnlyList<IValidator> Validators);
