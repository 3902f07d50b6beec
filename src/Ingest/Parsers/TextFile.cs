using MoitBot.Ingest.Decoding;

namespace MoitBot.Ingest.Parsers;

/// <summary>Reads a whole text file and decodes it; an empty or blank file is rejected.</summary>
internal static class TextFile
{
    public static async Task<string> ReadAsync(Stream stream, ICollection<string> notes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            throw new SourceRejectedException("empty file");
        }

        var text = TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), notes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SourceRejectedException("empty file (only white space)");
        }

        return text;
    }
}
