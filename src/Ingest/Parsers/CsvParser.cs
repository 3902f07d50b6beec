using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace MoitBot.Ingest.Parsers;

/// <summary>Past Q&amp;A in CSV through CsvHelper: delimiter detected, encoding decoded by <see cref="Decoding.TextDecoder"/>.</summary>
public sealed class CsvParser : IDocumentParser
{
    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    public ParsedSource Parse(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var source = new ParsedSource();
        var text = TextFile.Read(content, source.Notes);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        var rows = new List<(int Number, List<string?> Cells)>();
        try
        {
            while (csv.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add((rows.Count + 1, csv.Parser.Record?.Select(c => (string?)c).ToList() ?? []));
            }
        }
        catch (CsvHelperException ex)
        {
            throw new SourceRejectedException($"malformed CSV: {ex.Message}", ex);
        }

        if (!XlsxParser.ReadSheet(source, Path.GetFileName(fileName), rows))
        {
            throw new SourceRejectedException("no question column: the header row has no 'Câu hỏi' or 'Question'");
        }

        return source;
    }
}
