using System.Text.RegularExpressions;

namespace AgentGym.Redaction;

/// <summary>
/// Common key formats redacted wherever they appear, configured or not: OpenAI and Anthropic keys, GitHub, Slack, Stripe,
/// Google and AWS keys, bearer tokens, JSON web tokens, private keys and passwords in connection strings.
/// </summary>
internal static partial class KnownSecretFormats
{
    /// <summary>Gets the patterns; a match (or its <c>secret</c> group) is replaced.</summary>
    public static IReadOnlyList<Regex> All { get; } =
    [
        ApiKeys(),
        BearerToken(),
        JsonWebToken(),
        PrivateKey(),
        ConnectionStringPassword(),
    ];

    [GeneratedRegex(
        @"\b(?:sk-(?:proj-|ant-|live-)?[A-Za-z0-9_\-]{20,}|(?:sk|rk|pk)_live_[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abposr]-[A-Za-z0-9\-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_\-]{35})",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ApiKeys();

    [GeneratedRegex(@"\b(?:Bearer|Basic)\s+(?<secret>[A-Za-z0-9\-._~+/]{16,}=*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]{0,10000}?-----END [A-Z ]*PRIVATE KEY-----", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b(?:Password|Pwd)\s*=\s*(?<secret>[^;""'\s]{4,})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ConnectionStringPassword();
}
