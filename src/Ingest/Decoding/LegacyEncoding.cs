namespace MoitBot.Ingest.Decoding;

/// <summary>Pre-Unicode Vietnamese font encodings still found in old government files.</summary>
public enum LegacyEncoding
{
    None,

    /// <summary>TCVN 5712:1993 VN3 (".VnTime" fonts, ABC keyboard).</summary>
    Tcvn3,

    /// <summary>VNI Windows ("VNI-Times" fonts): a base letter followed by mark characters.</summary>
    Vni,
}
