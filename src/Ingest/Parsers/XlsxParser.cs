using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MoitBot.Ingest.Parsers;

/// <summary>
/// Past Q&amp;A in Excel workbooks through the Open XML SDK. Each sheet's header row (within its
/// first ten rows) is matched by <see cref="QaColumns"/>; sheets without a question column are skipped.
/// </summary>
public sealed class XlsxParser : IDocumentParser
{
    private const int HeaderSearchRows = 10;

    public IReadOnlyList<string> Extensions { get; } = [".xlsx"];

    public ParsedSource Parse(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        OfficePackageCheck.ThrowIfNotPackage(content, "XLSX");
        using var buffer = new MemoryStream(content, writable: false);
        var source = new ParsedSource();
        var sheetsWithQuestions = 0;
        try
        {
            using var workbook = SpreadsheetDocument.Open(buffer, false);
            var part = workbook.WorkbookPart ?? throw new SourceRejectedException("corrupt XLSX: no workbook part");
            var strings = part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            foreach (var sheet in part.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sheet.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart worksheet)
                {
                    continue;
                }

                var rows = ReadRows(worksheet, strings);
                if (ReadSheet(source, sheet.Name?.Value ?? "Sheet", rows))
                {
                    sheetsWithQuestions++;
                }
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException or KeyNotFoundException)
        {
            throw new SourceRejectedException($"corrupt XLSX: {ex.Message}", ex);
        }

        if (sheetsWithQuestions == 0)
        {
            throw new SourceRejectedException("no question column: no sheet has a header 'Câu hỏi' or 'Question' in its first 10 rows");
        }

        return source;
    }

    /// <summary>Reads one sheet into records; false when it has no question column.</summary>
    internal static bool ReadSheet(ParsedSource source, string sheetName, IReadOnlyList<(int Number, List<string?> Cells)> rows)
    {
        for (var h = 0; h < Math.Min(HeaderSearchRows, rows.Count); h++)
        {
            var columns = QaColumns.Match(rows[h].Cells);
            if (!columns.HasQuestion)
            {
                continue;
            }

            if (!columns.HasAnswer)
            {
                source.Notes.Add($"{sheetName}: a question column but no answer column ('Trả lời' / 'Answer'), sheet skipped");
                return false;
            }

            foreach (var (number, cells) in rows.Skip(h + 1))
            {
                var record = columns.ToRecord(cells, sheetName, number, out var skipped);
                if (record is not null)
                {
                    source.Records.Add(record);
                }
                else if (skipped is not null)
                {
                    source.Notes.Add(skipped);
                }
            }

            return true;
        }

        return false;
    }

    private static List<(int Number, List<string?> Cells)> ReadRows(WorksheetPart worksheet, List<string> strings)
    {
        var rows = new List<(int, List<string?>)>();
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                cells.Add(CellText(cell, strings));
            }

            rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
        }

        return rows;
    }

    private static string? CellText(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : null;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        return raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
