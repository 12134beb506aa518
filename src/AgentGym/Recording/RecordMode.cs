namespace AgentGym.Recording;

/// <summary>What the record/replay wrappers do with a model call or an HTTP agent call.</summary>
public enum RecordMode
{
    /// <summary>Every call goes to the network; nothing is read or written.</summary>
    Off,

    /// <summary>Every call goes to the network and its exchange is written to the cassette, replacing an older recording of the same request.</summary>
    Record,

    /// <summary>Every call is answered from the cassette, with no network; a request that is not in the cassette fails with a <see cref="ReplayMissException"/>.</summary>
    Replay,

    /// <summary>A request in the cassette is replayed; any other goes to the network and is recorded.</summary>
    Auto,
}
