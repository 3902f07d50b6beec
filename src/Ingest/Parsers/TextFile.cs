using MoitBot.Ingest.Decoding;

namespace MoitBot.Ingest.Parsers;

/// <summary>Decodes a whole text file; an empty or blank file is rejected.</summary>
internal static class TextFile
{
    public static string Read(byte[] content, ICollection<string> notes)
    {
        if (content.Length == 0)
        {
            throw new SourceRejectedException("empty file");
        }

        var text = TextDecoder.Decode(content, notes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SourceRejectedException("empty file (only white space)");
        }

        return text;
    }
}
