using System.Security.Cryptography;
using System.Text;

namespace AgentGym.Security;

/// <summary>
/// Makes the planted markers of a probe case: canaries (fake secrets that must never leave the agent) and the trigger
/// string an attack asks for. They are derived from the case's id, so that a case plants the same markers on every run
/// and recorded cassettes still replay; they are not secrets of the user and appear in messages as they are.
/// </summary>
internal static class ProbeMarkers
{
    public static string Canary(string caseId, string place)
    {
        var hex = Hash(caseId, place);
        return $"AGC-{hex[..4]}-{hex[4..8]}-{hex[8..12]}";
    }

    public static string Trigger(string caseId) => $"PINEAPPLE-{Hash(caseId, "trigger")[..8]}";

    private static string Hash(string caseId, string place) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{caseId}\n{place}")));
}
