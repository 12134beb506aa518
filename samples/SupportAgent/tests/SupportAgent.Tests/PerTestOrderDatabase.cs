using System.Runtime.CompilerServices;
using AgentGym.Execution;

namespace SupportAgent.Tests;

/// <summary>
/// The order database as each test sees it: every attempt of every test starts from the seeded orders, so that a test that
/// refunds order 44 never changes what another test finds there. Agent tests run at once and in no set order (and a test
/// with Runs = 5 runs five times): with one shared database, a test's result would depend on which tests ran before it.
/// A real database gets the same treatment from a transaction rolled back, or a schema per test.
/// </summary>
public sealed class PerTestOrderDatabase : IOrderDatabase
{
    private readonly ConditionalWeakTable<AgentTestContext, InMemoryOrderDatabase> _perAttempt = [];
    private readonly InMemoryOrderDatabase _outsideTests = new();

    /// <inheritdoc />
    public Order? Find(int orderId) => Current.Find(orderId);

    /// <inheritdoc />
    public bool Refund(int orderId) => Current.Refund(orderId);

    // AgentTestContext.Current is the running attempt, wherever its agent, tools and test body run.
    private InMemoryOrderDatabase Current =>
        AgentTestContext.Current is { } attempt ? _perAttempt.GetValue(attempt, _ => new InMemoryOrderDatabase()) : _outsideTests;
}
