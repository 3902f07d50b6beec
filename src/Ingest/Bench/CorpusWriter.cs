using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using MoitBot.Knowledge.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MoitBot.Ingest.Bench;

/// <summary>
/// Writes sample and benchmark files with the same libraries the parsers read them with:
/// DOCX and XLSX with the Open XML SDK, PDF with PdfPig's builder (DejaVu Sans for Vietnamese
/// when installed, else Helvetica with the diacritics removed), CSV with CsvHelper in any encoding.
/// </summary>
public static class CorpusWriter
{
    public const string VietnameseFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    static CorpusWriter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Paragraphs in order; consecutive lines starting with '|' form a table (cells split on '|').</summary>
    public static void WriteDocx(string path, IEnumerable<string> lines)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new W.Body();
        W.Table? table = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('|'))
            {
                table ??= body.AppendChild(new W.Table());
                var row = table.AppendChild(new W.TableRow());
                foreach (var cell in line.Trim('|').Split('|'))
                {
                    row.AppendChild(new W.TableCell(new W.Paragraph(new W.Run(new W.Text(cell.Trim()) { Space = SpaceProcessingModeValues.Preserve }))));
                }

                continue;
            }

            table = null;
            body.AppendChild(new W.Paragraph(new W.Run(new W.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        }

        document.AddMainDocumentPart().Document = new W.Document(body);
    }

    /// <summary>One list of lines per page; long lines wrap.</summary>
    public static void WritePdf(string path, IEnumerable<IEnumerable<string>> pages, byte[]? trueTypeFont = null)
    {
        var builder = new PdfDocumentBuilder();
        trueTypeFont ??= File.Exists(VietnameseFont) ? File.ReadAllBytes(VietnameseFont) : null;
        var font = trueTypeFont is null ? builder.AddStandard14Font(Standard14Font.Helvetica) : builder.AddTrueTypeFont(trueTypeFont);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 800.0;
            foreach (var line in lines.SelectMany(l => Wrap(l, 95)))
            {
                page.AddText(trueTypeFont is null ? VietnameseText.StripDiacritics(line) : line, 10, new PdfPoint(40, y), font);
                y -= 14;
            }
        }

        File.WriteAllBytes(path, builder.Build());
    }

    public static void WriteXlsx(string path, string sheetName, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint rowIndex = 1;
        foreach (var values in rows)
        {
            var row = data.AppendChild(new Row { RowIndex = rowIndex });
            for (var i = 0; i < values.Count; i++)
            {
                row.AppendChild(new Cell
                {
                    CellReference = $"{(char)('A' + i)}{rowIndex}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(values[i])),
                });
            }

            rowIndex++;
        }

        worksheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets()).AppendChild(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName });
    }

    public static void WriteCsv(string path, IEnumerable<IReadOnlyList<string>> rows, Encoding encoding)
    {
        using var writer = new StreamWriter(path, append: false, encoding);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(encoding.CodePage == 1258 ? Windows1258Form(value) : value);
            }

            csv.NextRecord();
        }
    }

    /// <summary>
    /// Windows-1258 holds the base letters (â, ơ, ư...) but writes tones as combining marks, so a
    /// precomposed "ồ" must become "ô" + U+0300 before encoding.
    /// </summary>
    public static string Windows1258Form(string text)
    {
        const string Tones = "\u0300\u0301\u0303\u0309\u0323";
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = new string(decomposed.Where(m => Tones.Contains(m, StringComparison.Ordinal)).ToArray());
            var letter = new string(decomposed.Where(m => !Tones.Contains(m, StringComparison.Ordinal)).ToArray()).Normalize(NormalizationForm.FormC);
            builder.Append(letter).Append(tones);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Wrap(string line, int width)
    {
        var current = new StringBuilder();
        foreach (var word in line.Split(' '))
        {
            if (current.Length > 0 && current.Length + word.Length + 1 > width)
            {
                yield return current.ToString();
                current.Clear().Append("   ");
            }

            current.Append(current.Length > 0 && current.ToString() != "   " ? " " : string.Empty).Append(word);
        }

        yield return current.ToString();
    }
}
