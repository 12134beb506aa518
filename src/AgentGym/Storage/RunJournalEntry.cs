using AgentGym.Definitions;

namespace AgentGym.Sdk;

/// <summary>A test that started, as its journal line says.</summary>
/// <param name="Id">The test case's id.</param>
/// <param name="FullName">Its full name.</param>
/// <param name="DisplayName">Its display name.</param>
/// <param name="Type">Its test type.</param>
/// <param name="Agent">Its agent, when named.</param>
/// <param name="StartedAt">When it started.</param>
internal sealed record RunJournalEntry(string Id, string FullName, string DisplayName, AgentTestType Type, string? Agent, DateTimeOffset StartedAt);
