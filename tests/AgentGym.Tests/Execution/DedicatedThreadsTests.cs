using AgentGym.Execution;

namespace AgentGym.Tests.Execution;

public sealed class DedicatedThreadsTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly DedicatedThreads _threads = new();

    [Fact]
    public async Task Work_sees_the_callers_async_locals()
    {
        var local = new AsyncLocal<string> { Value = "the caller's" };

        var seen = await _threads.Run(() => Task.FromResult(local.Value));

        Assert.Equal("the caller's", seen);
    }

    [Fact]
    public async Task Work_runs_off_the_thread_pool()
    {
        var onPool = await _threads.Run(() => Task.FromResult(Thread.CurrentThread.IsThreadPoolThread));

        Assert.False(onPool);
    }

    [Fact]
    public async Task Quick_work_is_shared_among_as_many_threads_as_there_are_cores()
    {
        var threads = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => _threads.Run(() => Task.FromResult(Environment.CurrentManagedThreadId))));

        // A thread is added when the running ones have finished nothing for a while; a busy machine can stall one that long.
        Assert.True(threads.Distinct().Count() < 50, $"500 quick pieces of work ran on {threads.Distinct().Count()} threads.");
    }

    [Fact]
    public async Task Work_that_blocks_its_thread_does_not_hold_up_other_work()
    {
        using var release = new ManualResetEventSlim();
        var blocked = Enumerable.Range(0, 16).Select(_ => _threads.Run(() => Task.FromResult(release.Wait(Bound)))).ToList();
        try
        {
            var other = _threads.Run(() => Task.FromResult("ran"));

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
    public async Task Work_that_waits_for_other_work_on_the_same_threads_does_not_deadlock()
    {
        var outer = Enumerable.Range(0, Environment.ProcessorCount * 2)
            .Select(_ => _threads.Run(() => Task.FromResult(_threads.Run(() => Task.FromResult(1)).Wait(Bound))))
            .ToList();

        Assert.All(await Task.WhenAll(outer), Assert.True);
    }

    [Fact]
    public async Task An_exception_thrown_before_the_first_await_faults_the_task()
    {
        var task = _threads.Run<int>(() => throw new InvalidOperationException("at once"));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => task);
        Assert.Equal("at once", ex.Message);
    }
}
