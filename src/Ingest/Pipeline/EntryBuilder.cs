using MoitBot.Ingest.Metadata;
using MoitBot.Ingest.Parsers;
using MoitBot.Ingest.Sources;
using MoitBot.Ingest.Splitting;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Ingest.Pipeline;

/// <summary>
/// Turns a parsed source into knowledge entries with deterministic ids ("src-&lt;path hash&gt;-&lt;locator slug&gt;").
/// Document chunks become Guidance citing the document down to Điều/Khoản/Điểm; past Q&amp;A become
/// QuestionAnswer entries, approved only when the source is official.
/// </summary>
public sealed class EntryBuilder(LegalStructureSplitter splitter, FieldResolver fields)
{
    private const int MaxTitle = 300;

    public BuiltSource Build(SourceFile file, ParsedSource parsed, SourceSidecar sidecar, IngestRequest request) =>
        parsed.IsQuestionAnswers ? BuildQa(file, parsed, sidecar, request) : BuildDocument(file, parsed, sidecar, request);

    private BuiltSource BuildDocument(SourceFile file, ParsedSource parsed, SourceSidecar sidecar, IngestRequest request)
    {
        var lines = parsed.Blocks.SelectMany(b => b.Cells ?? [b.Text]).SelectMany(t => t.Split('\n')).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        var read = DocumentMetadataReader.Read(lines);
        var metadata = read with
        {
            Number = sidecar.DocumentNumber ?? read.Number,
            Type = sidecar.DocumentType ?? read.Type,
            Issuer = sidecar.Issuer ?? read.Issuer,
            Title = sidecar.Title ?? read.Title,
            IssuedOn = sidecar.IssuedOn ?? read.IssuedOn,
        };
        var chunks = splitter.Split(parsed.Blocks);
        if (chunks.Count == 0)
        {
            throw new SourceRejectedException("no text to index");
        }

        var field = fields.Resolve(sidecar.Field, request.Field, null, $"{metadata.Title}\n{string.Join('\n', lines.Take(200))}");
        var label = string.Join(' ', new[] { metadata.Type, metadata.Number }.Where(p => !string.IsNullOrWhiteSpace(p)));
        if (label.Length == 0)
        {
            label = metadata.Title ?? Path.GetFileNameWithoutExtension(file.FullPath);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var stem = file.IdStem;
        var entries = chunks.Select(chunk => new KnowledgeEntry
        {
            Id = UniqueId(ids, $"{stem}-{chunk.Locator.Slug}"),
            Kind = EntryKind.Guidance,
            Field = field,
            Title = Truncate($"{label} – {chunk.Heading ?? chunk.Locator.Display}"),
            Body = chunk.Text,
            Status = sidecar.IsDraft ? EntryStatus.Draft : EntryStatus.Approved,
            Provenance = Provenance.Ingested,
            References =
            [
                new LegalReference
                {
                    DocumentNumber = metadata.Number,
                    DocumentType = metadata.Type,
                    Title = metadata.Title ?? (metadata.Number is null ? label : null),
                    Issuer = metadata.Issuer,
                    IssuedOn = metadata.IssuedOn,
                    Article = chunk.Locator.Article,
                    Clause = chunk.Locator.Clause,
                    Point = chunk.Locator.Point,
                    Url = sidecar.SourceUrl?.ToString(),
                },
            ],
            SourceId = file.SourceId,
            Locator = chunk.Locator.Display,
        }).ToList();
        return new BuiltSource(BuiltSource.DocumentKind, metadata, entries);
    }

    private BuiltSource BuildQa(SourceFile file, ParsedSource parsed, SourceSidecar sidecar, IngestRequest request)
    {
        var status = sidecar.IsOfficial || request.Official ? EntryStatus.Approved : EntryStatus.Draft;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var stem = file.IdStem;
        var entries = parsed.Records.Select(record => new KnowledgeEntry
        {
            Id = UniqueId(ids, $"{stem}-{LegalLocator.Slugify(record.Sheet)}-r{record.Row}"),
            Kind = EntryKind.QuestionAnswer,
            Field = fields.Resolve(sidecar.Field, request.Field, record.Field, $"{record.Question}\n{record.Answer}"),
            Title = Truncate(record.Question),
            Question = record.Question,
            Body = record.Answer,
            Status = status,
            Provenance = Provenance.Ingested,
            References = LegalBasisReader.Read(record.LegalBasis).Select(r => r with { Url = r.Url ?? sidecar.SourceUrl?.ToString() }).ToList(),
            SourceId = file.SourceId,
            Locator = $"{record.Sheet}, dòng {record.Row}",
        }).ToList();
        return new BuiltSource(BuiltSource.QaKind, null, entries);
    }

    private static string UniqueId(HashSet<string> ids, string id)
    {
        var candidate = id;
        for (var n = 2; !ids.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }

    private static string Truncate(string text) => text.Length <= MaxTitle ? text : text[..MaxTitle].TrimEnd() + "…";
}
