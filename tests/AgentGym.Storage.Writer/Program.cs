using System.Globalization;
using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;

// Usage: AgentGym.Storage.Writer <file> <n>. Records results one by one, says "recorded <n>" after the n-th, and goes on
// recording until it is killed.
var path = args[0];
var announceAt = int.Parse(args[1], CultureInfo.InvariantCulture);
using var store = new SqliteResultStore(path);
var runId = store.BeginRun(new RunInfo { Commit = "killed", Branch = "main" });
for (var i = 1; ; i++)
{
    var test = new AgentTestDefinition { Id = $"Killed.Test{i}", FullName = $"Killed.Test{i}", DisplayName = $"Killed.Test{i}" };
    store.RecordTestRun(runId, new AgentTestRun
    {
        Test = test,
        Status = AgentTestStatus.Passed,
        Metrics = new AgentMetrics { TotalTokens = i },
        StartedAt = DateTimeOffset.UtcNow,
        CompletedAt = DateTimeOffset.UtcNow,
    });
    if (i == announceAt)
        Console.Out.WriteLine($"recorded {i} in run {runId}");
}
