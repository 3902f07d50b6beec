using MoitBot.Ingest.Decoding;

namespace MoitBot.Ingest.Parsers;

/// <summary>Plain text: one block per non-empty line, decoded by <see cref="TextDecoder"/>.</summary>
public sealed class PlainTextParser : IDocumentParser
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public ParsedSource Parse(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var source = new ParsedSource();
        source.AddLines(TextFile.Read(content, source.Notes));
        return source;
    }
}
