namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>One test result of a TRX report.</summary>
/// <param name="TestId">The test's id.</param>
/// <param name="TestName">The name shown for the test.</param>
/// <param name="Outcome">Passed, Failed, NotExecuted, ...</param>
/// <param name="AdapterUri">The executor that ran it.</param>
/// <param name="StdOut">The test's standard output.</param>
/// <param name="ErrorMessage">The failure message, if any.</param>
public sealed record TrxResult(string TestId, string TestName, string Outcome, string AdapterUri, string StdOut, string? ErrorMessage);
