using AgentGym.Execution;

namespace AgentGym.Tests.Execution;

public sealed class DedicatedThreadTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Work_sees_the_callers_async_locals()
    {
        var local = new AsyncLocal<string> { Value = "the caller's" };

        var seen = await DedicatedThread.Run(() => Task.FromResult(local.Value));

        Assert.Equal("the caller's", seen);
    }

    [Fact]
    public async Task Work_runs_off_the_thread_pool()
    {
        var onPool = await DedicatedThread.Run(() => Task.FromResult(Thread.CurrentThread.IsThreadPoolThread));

        Assert.False(onPool);
    }

    [Fact]
    public async Task A_thread_whose_work_returned_runs_the_next_work()
    {
        var first = await DedicatedThread.Run(() => Task.FromResult(Environment.CurrentManagedThreadId));
        var threads = new HashSet<int>();
        for (var i = 0; i < 20; i++)
            threads.Add(await DedicatedThread.Run(() => Task.FromResult(Environment.CurrentManagedThreadId)));

        // Other tests may take a waiting thread at the same moment, so the same one is not guaranteed every time; twenty
        // new threads for twenty pieces of work one after another would mean nothing is reused.
        Assert.True(threads.Count < 20, $"{threads.Count} threads ran 20 pieces of work one after another (first {first}).");
    }

    [Fact]
    public async Task Work_that_blocks_its_thread_does_not_hold_up_other_work()
    {
        using var release = new ManualResetEventSlim();
        var blocked = Enumerable.Range(0, 16).Select(_ => DedicatedThread.Run(() => Task.FromResult(release.Wait(Bound)))).ToList();
        try
        {
            var other = DedicatedThread.Run(() => Task.FromResult("ran"));

            Assert.Same(other, await Task.WhenAny(other, Task.Delay(Bound)));
            Assert.Equal("ran", await other);
        }
        finally
        {
            release.Set();
        }

        Assert.All(await Task.WhenAll(blocked), Assert.True);
    }

    [Fact]
    public async Task An_exception_thrown_before_the_first_await_faults_the_task()
    {
        var task = DedicatedThread.Run<int>(() => throw new InvalidOperationException("at once"));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => task);
        Assert.Equal("at once", ex.Message);
    }
}
