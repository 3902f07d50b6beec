namespace MoitBot.Ingest.Parsers;

/// <summary>Reads one file format. Unreadable input throws <see cref="SourceRejectedException"/> with the reason.</summary>
public interface IDocumentParser
{
    /// <summary>Extensions handled, lower case with the dot (".docx").</summary>
    IReadOnlyList<string> Extensions { get; }

    Task<ParsedSource> ParseAsync(Stream stream, string fileName, CancellationToken cancellationToken = default);
}
