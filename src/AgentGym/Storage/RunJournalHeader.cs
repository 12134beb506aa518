namespace AgentGym.Sdk;

/// <summary>The first line of a run journal: the process and the run.</summary>
/// <param name="ProcessId">The test host's process id.</param>
/// <param name="ProcessStarted">When that process started, which tells it from a later process with the same id.</param>
/// <param name="Source">The test assembly.</param>
/// <param name="Machine">The machine.</param>
/// <param name="StartedAt">When the run started.</param>
internal sealed record RunJournalHeader(int ProcessId, DateTimeOffset ProcessStarted, string? Source, string Machine, DateTimeOffset StartedAt);
