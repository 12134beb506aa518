namespace AgentGym.Security;

/// <summary>How a probe hides its payload from filters that read plain text.</summary>
public enum ProbeEncoding
{
    /// <summary>Plain text.</summary>
    None,

    /// <summary>Base64 of the UTF-8 text.</summary>
    Base64,

    /// <summary>Hexadecimal of the UTF-8 text.</summary>
    Hex,

    /// <summary>ROT13 of the Latin letters.</summary>
    Rot13,

    /// <summary>Latin letters swapped for Cyrillic and Greek look-alikes (homoglyphs); placeholders stay plain.</summary>
    Homoglyph,
}
