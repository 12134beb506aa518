namespace AgentGym.Execution;

/// <summary>
/// Starts user code (an agent, a test body, validators) on threads that no other work shares rather than on the thread
/// pool, so that code that blocks its thread (<c>Thread.Sleep</c>, <c>.Result</c>, a catastrophic regular expression) holds
/// only that thread and cannot starve the timeouts and the other tests of the run.
/// </summary>
/// <remarks>
/// <para>
/// As many threads as the machine has cores take the work in turn, so a suite of thousands of quick tests runs on a few
/// threads without contending for the cores. A watch thread looks every <see cref="WatchInterval"/>: when work is waiting
/// and no thread has finished any since the last look, the threads are all blocked, and it doubles them (up to one for each
/// piece of work waiting). Unlike the thread pool, which adds a thread about twice a second, work waits behind blocked
/// threads for a few intervals at most: 16 blocked threads are overtaken within about 50 ms.
/// </para>
/// <para>A thread that has found no work for <see cref="IdleLifetime"/> ends; the first threads are started again when needed.</para>
/// </remarks>
internal sealed class DedicatedThreads
{
    /// <summary>How often the watch thread looks for blocked threads.</summary>
    internal static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>How long a thread waits for work before it ends.</summary>
    internal static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(5);

    private readonly object _gate = new();
    private readonly Queue<Action> _pending = new();
    private int _threads;
    private int _idle;
    private long _finished;
    private bool _watching;

    /// <summary>Gets the threads every attempt of the process runs its code on.</summary>
    public static DedicatedThreads Shared { get; } = new();

    /// <summary>Runs <paramref name="work"/> on a thread of its own; what follows its first <c>await</c> runs where that await resumes.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="work">The work; it sees the caller's execution context (async locals flow into it).</param>
    /// <returns>The work's task.</returns>
    public Task<T> Run<T>(Func<Task<T>> work)
    {
        var started = new TaskCompletionSource<Task<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = ExecutionContext.Capture();
        void Start()
        {
            try
            {
                started.SetResult(work());
            }
            catch (Exception ex)
            {
                started.SetException(ex);
            }
        }

        Enqueue(context is null ? Start : () => ExecutionContext.Run(context, static start => ((Action)start!)(), (Action)Start));
        return started.Task.Unwrap();
    }

    private void Enqueue(Action item)
    {
        lock (_gate)
        {
            _pending.Enqueue(item);
            if (_idle > 0)
                Monitor.Pulse(_gate);
            else if (_threads < Environment.ProcessorCount)
                StartThread();
            if (!_watching)
            {
                _watching = true;
                new Thread(Watch) { IsBackground = true, Name = "AgentGym user code watch" }.Start();
            }
        }
    }

    // Called under the gate.
    private void StartThread()
    {
        _threads++;
        new Thread(Work) { IsBackground = true, Name = "AgentGym user code" }.Start();
    }

    private void Work()
    {
        while (true)
        {
            Action item;
            lock (_gate)
            {
                while (_pending.Count == 0)
                {
                    _idle++;
                    var woken = Monitor.Wait(_gate, IdleLifetime);
                    _idle--;
                    if (!woken && _pending.Count == 0)
                    {
                        _threads--;
                        return;
                    }
                }

                item = _pending.Dequeue();
            }

            item();
            Interlocked.Increment(ref _finished);
        }
    }

    // Starts threads for waiting work when the running ones have made no progress since the last look; ends when nothing has
    // waited for the idle lifetime.
    private void Watch()
    {
        var lastFinished = Interlocked.Read(ref _finished);
        var quietSince = Environment.TickCount64;
        while (true)
        {
            Thread.Sleep(WatchInterval);
            var finished = Interlocked.Read(ref _finished);
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    if (Environment.TickCount64 - quietSince > IdleLifetime.TotalMilliseconds)
                    {
                        _watching = false;
                        return;
                    }
                }
                else
                {
                    quietSince = Environment.TickCount64;
                    // As many new threads as there are, up to the work waiting: 16 blocked pieces of work are overtaken within a
                    // few looks, and a machine too busy to run the threads for one interval does not get hundreds more.
                    if (finished == lastFinished && _idle == 0)
                    {
                        var added = Math.Min(_pending.Count, Math.Max(1, _threads));
                        for (var i = 0; i < added; i++)
                            StartThread();
                    }
                }
            }

            lastFinished = finished;
        }
    }
}
