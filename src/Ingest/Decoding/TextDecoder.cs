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

    /// <summary>Windows-1258, TCVN3 or VNI: whichever reading looks most like Vietnamese (ties go to Windows-1258).</summary>
    private static string DecodeEightBit(ReadOnlySpan<byte> bytes, ICollection<string> notes)
    {
        var windows1258 = Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC);
        var latin = Encoding.GetEncoding(1252).GetString(bytes);
        var best = (Text: windows1258, Encoding: LegacyEncoding.None, Score: LegacyVietnameseText.Plausibility(windows1258));
        foreach (var legacy in new[] { LegacyEncoding.Tcvn3, LegacyEncoding.Vni })
        {
            var converted = LegacyVietnameseText.Convert(latin, legacy);
            var score = LegacyVietnameseText.Plausibility(converted);
            if (score > best.Score)
            {
                best = (converted, legacy, score);
            }
        }

        notes.Add(best.Encoding == LegacyEncoding.None
            ? "not UTF-8: decoded as Windows-1258"
            : $"converted from {best.Encoding} (8-bit legacy Vietnamese encoding) to Unicode");
        return best.Text;
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
