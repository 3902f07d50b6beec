using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace MoitBot.Ingest.Parsers;

/// <summary>PDFs with a text layer, through PdfPig: lines in reading order, each with its page number.</summary>
public sealed class PdfParser : IDocumentParser
{
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public ParsedSource Parse(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        if (content.Length == 0)
        {
            throw new SourceRejectedException("empty file");
        }

        var source = new ParsedSource();
        var images = 0;
        try
        {
            using var document = PdfDocument.Open(content);
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                images += page.NumberOfImages;
                source.AddLines(ContentOrderTextExtractor.GetText(page), page.Number);
            }
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new SourceRejectedException("password-protected PDF: remove the password and ingest again", ex);
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidDataException or NullReferenceException)
        {
            throw new SourceRejectedException($"corrupt PDF: {ex.Message}", ex);
        }

        if (!source.Blocks.Any(b => b.Text.Any(char.IsLetter)))
        {
            throw new SourceRejectedException(images > 0
                ? "no text layer: scanned PDF (images only); run OCR first"
                : "no text layer: the PDF contains no extractable text");
        }

        return source;
    }
}
