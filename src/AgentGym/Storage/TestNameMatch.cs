namespace AgentGym.Sdk;

/// <summary>What <see cref="TestNameLookup.Find"/> made of a typed test name.</summary>
/// <param name="FullName">The one full name it stands for, or <see langword="null"/> when none or several do.</param>
/// <param name="Ambiguous">The full names it is a suffix of, when there are several.</param>
/// <param name="Suggestions">Close full names, when it matches none.</param>
public sealed record TestNameMatch(string? FullName, IReadOnlyList<string> Ambiguous, IReadOnlyList<string> Suggestions);
