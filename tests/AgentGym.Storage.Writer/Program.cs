using System.Globalization;
using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;

// Usage:
//   AgentGym.Storage.Writer <file> <n>      records results one by one, says "recorded <n>" after the n-th, and goes on
//                                           recording until it is killed;
//   AgentGym.Storage.Writer crash <file> [early|unhandled]
//                                           records a run as 'dotnet test' does: one test ends, another starts, and the
//                                           process ends by Environment.FailFast while that one runs; says "run <id>" first,
//                                           unless 'early', which crashes without waiting for the store to open; 'unhandled'
//                                           ends it by an exception thrown on a thread of its own instead.
if (args[0] == "crash")
{
    var how = args.Length > 2 ? args[2] : "late";
    CrashWhileATestRuns(args[1], early: how == "early", unhandled: how == "unhandled");
    return;
}

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

static void CrashWhileATestRuns(string path, bool early, bool unhandled)
{
    var listener = new ResultStoreListener(null, path, new RunInfo { Source = "Crashing.Tests.dll", Commit = "crashed", Branch = "main" }, Console.Error.WriteLine);
    var ends = new AgentTestDefinition { Id = "Crashing.Ends[agent=support]", FullName = "Crashing.Ends", DisplayName = "Crashing.Ends (support)", AgentName = "support" };
    var crashes = new AgentTestDefinition { Id = "Crashing.FailsFast[agent=support]", FullName = "Crashing.FailsFast", DisplayName = "Crashing.FailsFast (support)", AgentName = "support", Type = AgentTestType.Security };
    listener.OnTestStarted(ends);
    listener.OnTestCompleted(new AgentTestRun { Test = ends, Status = AgentTestStatus.Passed, StartedAt = DateTimeOffset.UtcNow, CompletedAt = DateTimeOffset.UtcNow });
    listener.OnTestStarted(crashes);
    if (!early)
        Console.Out.WriteLine($"run {listener.RunId}");
    if (unhandled)
    {
        var thread = new Thread(() => throw new InvalidOperationException("A test ended the test host."));
        thread.Start();
        thread.Join();
    }
    Environment.FailFast("A test ended the test host.");
}
