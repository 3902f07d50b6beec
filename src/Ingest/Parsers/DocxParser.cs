using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MoitBot.Ingest.Parsers;

/// <summary>Word documents through the Open XML SDK: paragraphs in order, headings by style, tables as rows.</summary>
public sealed class DocxParser : IDocumentParser
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public ParsedSource Parse(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        OfficePackageCheck.ThrowIfNotPackage(content, "DOCX");
        using var buffer = new MemoryStream(content, writable: false);
        try
        {
            using var document = WordprocessingDocument.Open(buffer, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new SourceRejectedException("corrupt DOCX: the package has no document body");
            var source = new ParsedSource();
            foreach (var element in body.ChildElements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (element)
                {
                    case Paragraph paragraph:
                        source.AddLines(ParagraphText(paragraph), headingLevel: HeadingLevel(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value));
                        break;
                    case Table table:
                        TableRows.Add(source, table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(CellText).ToList()).ToList());
                        break;
                }
            }

            return source;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            throw new SourceRejectedException($"corrupt DOCX: {ex.Message}", ex);
        }
    }

    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var builder = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
            }
        }

        return builder.ToString();
    }

    private static string CellText(TableCell cell) =>
        string.Join('\n', cell.Elements<Paragraph>().Select(ParagraphText).Where(t => !string.IsNullOrWhiteSpace(t))).Trim();

    private static int? HeadingLevel(string? styleId) =>
        styleId is not null && styleId.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(styleId.AsSpan(7), out var level) ? level : null;
}
