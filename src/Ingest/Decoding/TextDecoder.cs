using System.Text;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Decoding;

/// <summary>
/// Turns the bytes of a text file (TXT, CSV, Markdown, HTML, JSON) into Unicode: UTF-8 with or
/// without BOM, UTF-16 with BOM, else 8-bit text: TCVN3/VNI when it shows their marks, otherwise
/// Windows-1258 (the Vietnamese Windows code page).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, ICollection<string> notes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Repair(StrictDecode(bytes[3..]), notes);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Repair(Encoding.Unicode.GetString(bytes[2..]), notes);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Repair(Encoding.BigEndianUnicode.GetString(bytes[2..]), notes);
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new SourceRejectedException("binary content or unsupported encoding (NUL bytes; UTF-16 without a BOM is not supported): save the file as UTF-8");
        }

        try
        {
            return Repair(StrictUtf8.GetString(bytes), notes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeEightBit(bytes, notes);
        }
    }

    /// <summary>
    /// Windows-1258 unless the text shows more TCVN3/VNI marks than Windows-1258 tone marks
    /// (bytes 0xCC, 0xEC, 0xDE, 0xD2, 0xF2 right after a vowel).
    /// </summary>
    private static string DecodeEightBit(ReadOnlySpan<byte> bytes, ICollection<string> notes)
    {
        var latin = Encoding.GetEncoding(1252).GetString(bytes);
        var (legacy, evidence) = LegacyVietnameseText.DetectWithEvidence(latin);
        if (legacy != LegacyEncoding.None && evidence > Windows1258ToneMarks(bytes))
        {
            notes.Add($"converted from {legacy} (8-bit legacy Vietnamese encoding) to Unicode");
            return LegacyVietnameseText.Convert(latin, legacy);
        }

        notes.Add("not UTF-8: decoded as Windows-1258");
        return Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC);
    }

    private static int Windows1258ToneMarks(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> tones = [0xCC, 0xEC, 0xDE, 0xD2, 0xF2];
        ReadOnlySpan<byte> vowels = [(byte)'a', (byte)'e', (byte)'i', (byte)'o', (byte)'u', (byte)'y', (byte)'A', (byte)'E', (byte)'I', (byte)'O', (byte)'U', (byte)'Y',
            0xE2, 0xEA, 0xF4, 0xF5, 0xFD, 0xE3, 0xC2, 0xCA, 0xD4, 0xD5, 0xDD, 0xC3];
        var count = 0;
        for (var i = 1; i < bytes.Length; i++)
        {
            if (tones.Contains(bytes[i]) && vowels.Contains(bytes[i - 1]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Converts text that is Unicode on the surface but typed in a TCVN3/VNI font.</summary>
    public static string Repair(string text, ICollection<string> notes)
    {
        var legacy = LegacyVietnameseText.Detect(text);
        if (legacy == LegacyEncoding.None)
        {
            return text;
        }

        var converted = LegacyVietnameseText.Convert(text, legacy);
        if (LegacyVietnameseText.Plausibility(converted) <= LegacyVietnameseText.Plausibility(text))
        {
            notes.Add($"looks like {legacy} text but converting it does not read better; left as it is");
            return text;
        }

        notes.Add($"text typed in a {legacy} font: converted to Unicode");
        return converted;
    }

    private static string StrictDecode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SourceRejectedException("the file starts with a UTF-8 byte order mark but is not valid UTF-8", ex);
        }
    }
}
