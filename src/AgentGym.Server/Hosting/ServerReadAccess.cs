namespace AgentGym.Server.Hosting;

/// <summary>Who may read the API (lists, runs, history, the OpenAPI document).</summary>
public enum ServerReadAccess
{
    /// <summary>Anyone when every address the server listens on is loopback; a key otherwise.</summary>
    Auto,

    /// <summary>Anyone who reaches the server.</summary>
    Open,

    /// <summary>Only requests with a key.</summary>
    KeyRequired,
}
