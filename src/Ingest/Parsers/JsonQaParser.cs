using System.Text.Json;

namespace MoitBot.Ingest.Parsers;

/// <summary>
/// Q&amp;A exports in JSON (an array of objects, or an object holding one under "items",
/// "records", "data" or "questions") and JSON Lines; property names are matched like column headers.
/// </summary>
public sealed class JsonQaParser : IDocumentParser
{
    private static readonly string[] Containers = ["items", "records", "data", "questions", "entries"];

    public IReadOnlyList<string> Extensions { get; } = [".json", ".jsonl", ".ndjson"];

    public ParsedSource Parse(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var source = new ParsedSource();
        var text = TextFile.Read(content, source.Notes);
        var objects = new List<JsonElement>();
        try
        {
            if (!fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var line in text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)))
                {
                    objects.Add(JsonDocument.Parse(line).RootElement);
                }
            }
            else
            {
                var root = JsonDocument.Parse(text).RootElement;
                var array = root.ValueKind == JsonValueKind.Array ? root
                    : Containers.Select(c => root.TryGetProperty(c, out var v) ? v : default).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array);
                if (array.ValueKind != JsonValueKind.Array)
                {
                    throw new SourceRejectedException("JSON export: expected an array of Q&A objects (or one under \"items\")");
                }

                objects.AddRange(array.EnumerateArray());
            }
        }
        catch (JsonException ex)
        {
            throw new SourceRejectedException($"malformed JSON: {ex.Message}", ex);
        }

        var name = Path.GetFileName(fileName);
        var number = 0;
        foreach (var item in objects.Where(o => o.ValueKind == JsonValueKind.Object))
        {
            number++;
            var properties = item.EnumerateObject().ToList();
            var columns = QaColumns.Match(properties.Select(p => (string?)p.Name).ToList());
            var values = properties.Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.ToString()).ToList();
            var record = columns.ToRecord(values, name, number, out var skipped);
            if (record is not null)
            {
                source.Records.Add(record);
            }
            else
            {
                source.Notes.Add(skipped ?? $"{name} item {number}: no question or answer, skipped");
            }
        }

        return source.Records.Count == 0 ? throw new SourceRejectedException("no question column: no item has a question and an answer") : source;
    }
}
