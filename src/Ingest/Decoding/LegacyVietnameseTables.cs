namespace MoitBot.Ingest.Decoding;

/// <summary>
/// The published code tables of TCVN3 (VN3) and VNI Windows, as pairs from legacy text to the
/// Unicode letter. Both tables are listed in the same order as <see cref="Letters"/>.
/// </summary>
internal static class LegacyVietnameseTables
{
    /// <summary>Unicode letters: the modified bases, then the 60 toned vowels (lower case).</summary>
    public const string Letters = "âÂăĂđĐêÊôÔơƠưƯ" + "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựỳỷỹỵý";

    /// <summary>TCVN3 single characters for <see cref="Letters"/> (toned capitals share the lower-case codes in VN3).</summary>
    public const string Tcvn3 = "©¢¨¡®§ª£«¤¬¥\u00AD¦" + "¸µ¶·¹ÊÇÈÉË¾»¼½ÆÐÌÎÏÑÕÒÓÔÖÝ×ØÜÞãßáâäèåæçéíêëìîóïñòôøõö÷ùúûüþý";

    /// <summary>VNI sequences for <see cref="Letters"/>; capitals are derived by upper-casing.</summary>
    public static readonly string[] Vni =
    [
        "aâ", "AÂ", "aê", "AÊ", "ñ", "Ñ", "eâ", "EÂ", "oâ", "OÂ", "ô", "Ô", "ö", "Ö",
        "aù", "aø", "aû", "aõ", "aï", "aá", "aà", "aå", "aã", "aä", "aé", "aè", "aú", "aü", "aë",
        "eù", "eø", "eû", "eõ", "eï", "eá", "eà", "eå", "eã", "eä",
        "í", "ì", "æ", "ó", "ò",
        "où", "oø", "oû", "oõ", "oï", "oá", "oà", "oå", "oã", "oä", "ôù", "ôø", "ôû", "ôõ", "ôï",
        "uù", "uø", "uû", "uõ", "uï", "öù", "öø", "öû", "öõ", "öï",
        "yø", "yû", "yõ", "î", "yù",
    ];

    /// <summary>Characters that occur in TCVN3 text and never in Unicode Vietnamese or VNI.</summary>
    public const string Tcvn3Markers = "¸µ¶·¹©¢¨¡®§ª£«¤¬¥¦¾»¼½Ð×Þß\u00AD";
}
