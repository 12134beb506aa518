using System.Text.Json.Nodes;

namespace AgentGym.Recording;

/// <summary>Builds the message of a replay miss: which cassette, which request, and how to record it.</summary>
internal static class ReplayMiss
{
    private const int MaxRequestLength = 4000;

    public static ReplayMissException Create(Cassette cassette, string key, string what, JsonNode request)
    {
        var text = CanonicalJson.Indented(request);
        if (text.Length > MaxRequestLength)
            text = string.Concat(text.AsSpan(0, MaxRequestLength), "\n... (cut)");
        var message = $"Replay miss: the cassette '{cassette.Path}' ({cassette.Count} exchanges) has no recording of this {what} (key {key}). " +
            $"Record it with {CassetteSettings.ModeVariable}=Record or Auto (or <RecordMode> in runsettings). The request:\n{text}";
        return new ReplayMissException(message) { CassettePath = cassette.Path, Key = key };
    }
}
