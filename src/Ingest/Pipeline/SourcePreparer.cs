using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MoitBot.Ingest.Decoding;
using MoitBot.Ingest.Parsers;
using MoitBot.Ingest.Reporting;
using MoitBot.Ingest.Sources;
using MoitBot.Ingest.Storage;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Ingest.Pipeline;

/// <summary>
/// One source from file to entries: fingerprint (content + sidecar + run options), skip when the
/// ledger has the same fingerprint, else parse, repair legacy encodings, build entries and diff
/// them chunk by chunk against what the ledger recorded last time.
/// </summary>
public sealed class SourcePreparer(IEnumerable<IDocumentParser> parsers, EntryBuilder builder, FieldResolver fields, SourceLedger ledger, IOptions<IngestOptions> options)
{
    /// <summary>Bump when parsing or splitting changes so every source is read again.</summary>
    private const string PipelineVersion = "ingest-1";

    private readonly Dictionary<string, IDocumentParser> _byExtension = parsers
        .SelectMany(p => p.Extensions.Select(e => (Extension: e, Parser: p)))
        .ToDictionary(x => x.Extension, x => x.Parser, StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> SupportedExtensions => _byExtension.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A report alone (unchanged or failed) or a prepared source to commit.</summary>
    public async Task<(SourceReport Report, PreparedSource? Prepared)> PrepareAsync(
        SourceFile file, (string Path, string Fingerprint, string Status)? known, IngestRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var size = new FileInfo(file.FullPath).Length;
            if (size > options.Value.MaxFileBytes)
            {
                throw new SourceRejectedException($"file too large: {size / (1024 * 1024)} MB, the limit is {options.Value.MaxFileBytes / (1024 * 1024)} MB (Ingest:MaxFileBytes)");
            }

            var content = await File.ReadAllBytesAsync(file.FullPath, cancellationToken);
            var sidecarBytes = File.Exists(file.SidecarPath) ? await File.ReadAllBytesAsync(file.SidecarPath, cancellationToken) : null;
            var fingerprint = Fingerprint(content, sidecarBytes, request);
            if (known is { Status: SourceLedger.Active } k && k.Fingerprint == fingerprint)
            {
                return (new SourceReport(file.DisplayPath, SourceOutcome.Unchanged), null);
            }

            if (!_byExtension.TryGetValue(file.Extension, out var parser))
            {
                throw new SourceRejectedException($"unsupported format '{file.Extension}': use DOCX, PDF, HTML, MD, TXT, XLSX, CSV, JSON or JSONL");
            }

            var sidecar = sidecarBytes is null ? new SourceSidecar() : SourceSidecar.Parse(sidecarBytes);
            var parsed = parser.Parse(content, file.FullPath, cancellationToken);
            LegacyRepair.Apply(parsed);
            if (sidecar.Field is { } code && !fields.IsKnown(code))
            {
                parsed.Notes.Add($"sidecar field '{code}' is not a known field code; classified from the text");
            }

            var built = builder.Build(file, parsed, sidecar, request);
            var previous = known is null ? [] : await ledger.GetChunksAsync(file.SourceId, cancellationToken);
            return Diff(file, known is null, fingerprint, sidecar, parsed, built, previous);
        }
        catch (SourceRejectedException ex)
        {
            return (new SourceReport(file.DisplayPath, SourceOutcome.Failed) { Reason = ex.Message }, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (new SourceReport(file.DisplayPath, SourceOutcome.Failed) { Reason = $"cannot read the file: {ex.Message}" }, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser library tripping over a malformed file must not stop the run.
            return (new SourceReport(file.DisplayPath, SourceOutcome.Failed) { Reason = $"unreadable {file.Extension.TrimStart('.').ToUpperInvariant()} ({ex.GetType().Name}): {ex.Message}" }, null);
        }
    }

    private static (SourceReport, PreparedSource) Diff(SourceFile file, bool isNew, string fingerprint, SourceSidecar sidecar, ParsedSource parsed, BuiltSource built, IReadOnlyList<ChunkState> previous)
    {
        var before = previous.ToDictionary(c => c.EntryId, StringComparer.Ordinal);
        var chunks = new List<ChunkReport>();
        var changed = new List<KnowledgeEntry>();
        var states = new List<ChunkState>();
        foreach (var entry in built.Entries)
        {
            var hash = entry.ContentHash;
            var change = !before.TryGetValue(entry.Id, out var old) ? "added" : old.ContentHash == hash ? "unchanged" : "updated";
            if (change != "unchanged")
            {
                changed.Add(entry);
            }

            states.Add(new ChunkState(entry.Id, entry.Locator ?? string.Empty, entry.Field, hash));
            chunks.Add(new ChunkReport(entry.Id, entry.Locator ?? string.Empty, entry.Field, entry.Status.ToString(), change));
        }

        var current = built.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var stale = previous.Where(p => !current.Contains(p.EntryId)).ToList();
        chunks.AddRange(stale.Select(s => new ChunkReport(s.EntryId, s.Locator, s.Field, nameof(EntryStatus.Retired), "retired")));
        var metadata = built.Metadata;
        var report = new SourceReport(file.DisplayPath, isNew ? SourceOutcome.Added : SourceOutcome.Updated)
        {
            Kind = built.Kind,
            DocumentNumber = metadata?.Number,
            DocumentType = metadata?.Type,
            Issuer = metadata?.Issuer,
            Title = metadata?.Title,
            IssuedOn = metadata?.IssuedOn,
            Relations = metadata?.Relations.Select(r => $"{r.Relation} {r.TargetNumber}").ToList() ?? [],
            Notes = parsed.Notes.Distinct(StringComparer.Ordinal).ToList(),
            Chunks = chunks,
        };
        var state = new SourceState(file.SourceId, file.FullPath, fingerprint, built.Kind) { Metadata = metadata, Url = sidecar.SourceUrl?.ToString(), Chunks = states };
        return (report, new PreparedSource(report, state, changed, stale.Select(s => s.EntryId).ToList()));
    }

    private static string Fingerprint(byte[] content, byte[]? sidecar, IngestRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(content);
        hash.AppendData(Encoding.UTF8.GetBytes($"\u001f{PipelineVersion}|{request.Official}|{request.Field}\u001f"));
        hash.AppendData(sidecar ?? []);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
