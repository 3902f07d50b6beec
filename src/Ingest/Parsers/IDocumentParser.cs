namespace MoitBot.Ingest.Parsers;

/// <summary>Reads one file format from the bytes the pipeline already read. Unreadable input throws <see cref="SourceRejectedException"/> with the reason.</summary>
public interface IDocumentParser
{
    /// <summary>Extensions handled, lower case with the dot (".docx").</summary>
    IReadOnlyList<string> Extensions { get; }

    ParsedSource Parse(byte[] content, string fileName, CancellationToken cancellationToken = default);
}
