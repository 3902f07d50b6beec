namespace MoitBot.Ingest.Parsers;

/// <summary>
/// One paragraph, line or table row of a document, with where it sits (PDF page, heading) so
/// chunks keep their locator. A table row keeps its cells, labelled by the header row.
/// </summary>
public sealed record ParsedBlock(string Text)
{
    public int? Page { get; init; }

    /// <summary>Heading level (1 = top) for formats that mark headings: Markdown, HTML, DOCX styles.</summary>
    public int? HeadingLevel { get; init; }

    /// <summary>Cells of a table row; null for ordinary paragraphs.</summary>
    public IReadOnlyList<string>? Cells { get; init; }

    public bool IsTableRow => Cells is not null;
}
