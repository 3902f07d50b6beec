using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoitBot.Ingest.Reporting;
using MoitBot.Ingest.Sources;
using MoitBot.Ingest.Storage;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Ingest.Pipeline;

/// <summary>
/// Runs an ingest: prepares each source, commits whole sources in batches (entries saved and
/// embedded through the bank, then the ledger records their fingerprints, so an interrupted run
/// leaves a consistent bank and the next run redoes only what was not recorded), then retires
/// sources gone from re-ingested folders when asked to.
/// </summary>
public sealed partial class IngestRunner(
    SourcePreparer preparer,
    KnowledgeBank bank,
    SourceLedger ledger,
    IOptions<IngestOptions> options,
    TimeProvider timeProvider,
    ILogger<IngestRunner> logger)
{
    private const string ChangedBy = "ingest";

    public ScanResult Scan(IngestRequest request) => new SourceScanner(preparer.SupportedExtensions).Scan(request.Paths);

    public async Task<IngestReport> RunAsync(IngestRequest request, ScanResult scan, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        var report = new IngestReport { DryRun = request.DryRun, StartedAt = timeProvider.GetUtcNow() };
        report.Ignored.AddRange(scan.Ignored);
        report.Sources.AddRange(scan.Missing.Select(m => new SourceReport(m, SourceOutcome.Failed) { Reason = "not found: no such file or folder" }));
        var known = await ledger.GetSourcesAsync(cancellationToken);
        var pending = new List<PreparedSource>();
        var counts = new int[4];
        try
        {
            await RunSourcesAsync(request, scan, known, report, pending, counts, progress, cancellationToken);
            if (!cancellationToken.IsCancellationRequested)
            {
                await CommitAsync(pending, report, cancellationToken);
                await PruneAsync(request, scan, known, report, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: what was committed stays; the uncommitted batch is simply redone next run.
        }

        report.Cancelled = cancellationToken.IsCancellationRequested;
        report.Duration = timeProvider.GetElapsedTime(started);
        LogRunFinished(logger, report.Added, report.Updated, report.Unchanged, report.Retired, report.Failed, report.Duration);
        return report;
    }

    private async Task RunSourcesAsync(IngestRequest request, ScanResult scan, Dictionary<string, (string Path, string Fingerprint, string Status)> known,
        IngestReport report, List<PreparedSource> pending, int[] counts, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        foreach (var file in scan.Files)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            (string, string, string)? previous = known.TryGetValue(file.SourceId, out var k) ? k : null;
            var (sourceReport, prepared) = await preparer.PrepareAsync(file, previous, request, cancellationToken);
            Count(counts, sourceReport, prepared);
            if (prepared is null || request.DryRun)
            {
                report.Sources.Add(sourceReport);
            }
            else
            {
                pending.Add(prepared);
                if (pending.Sum(p => p.Changed.Count + p.Stale.Count) >= options.Value.BatchEntries)
                {
                    await CommitAsync(pending, report, cancellationToken);
                }
            }

            progress?.Report(new IngestProgress(counts.Sum() - counts[3], scan.Files.Count, file.DisplayPath, counts[0], counts[1], counts[2], counts[3]));
        }
    }

    private async Task CommitAsync(List<PreparedSource> pending, IngestReport report, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            var entries = pending.SelectMany(p => p.Changed).ToList();
            entries.AddRange(await RetiredAsync(pending.SelectMany(p => p.Stale).ToList(), cancellationToken));
            if (entries.Count > 0)
            {
                await bank.SaveManyAsync(entries, ChangedBy, cancellationToken);
            }

            await ledger.RecordAsync(pending.Select(p => p.State).ToList(), cancellationToken);
            report.Sources.AddRange(pending.Select(p => p.Report));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCommitFailed(logger, pending.Count, ex);
            report.Sources.AddRange(pending.Select(p => p.Report with { Outcome = SourceOutcome.Failed, Reason = $"could not save or embed: {ex.Message}" }));
        }

        pending.Clear();
    }

    private async Task PruneAsync(IngestRequest request, ScanResult scan, Dictionary<string, (string Path, string Fingerprint, string Status)> known, IngestReport report, CancellationToken cancellationToken)
    {
        var scanned = scan.Files.Select(f => f.SourceId).ToHashSet(StringComparer.Ordinal);
        var gone = known
            .Where(k => k.Value.Status == SourceLedger.Active && !scanned.Contains(k.Key)
                && scan.Roots.Any(r => k.Value.Path.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal)) && !File.Exists(k.Value.Path))
            .OrderBy(k => k.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var (sourceId, (path, _, _)) in gone)
        {
            var chunks = await ledger.GetChunksAsync(sourceId, cancellationToken);
            var chunkReports = chunks.Select(c => new ChunkReport(c.EntryId, c.Locator, c.Field, nameof(EntryStatus.Retired), "retired")).ToList();
            if (!request.Prune)
            {
                report.Sources.Add(new SourceReport(path, SourceOutcome.Missing) { Reason = $"gone from the folder; run with --prune to retire its {chunks.Count} entries" });
                continue;
            }

            if (!request.DryRun)
            {
                var retired = await RetiredAsync(chunks.Select(c => c.EntryId).ToList(), cancellationToken);
                if (retired.Count > 0)
                {
                    await bank.SaveManyAsync(retired, ChangedBy, cancellationToken);
                }

                await ledger.RetireAsync([sourceId], cancellationToken);
            }

            report.Sources.Add(new SourceReport(path, SourceOutcome.Retired) { Reason = "gone from the folder", Chunks = chunkReports });
        }
    }

    private async Task<IReadOnlyList<KnowledgeEntry>> RetiredAsync(List<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var entries = await bank.Store.GetManyAsync(ids, cancellationToken);
        return entries.Where(e => e.Status != EntryStatus.Retired).Select(e => e with { Status = EntryStatus.Retired }).ToList();
    }

    /// <summary>Counters for progress: changed, unchanged, failed sources, and changed chunks.</summary>
    private static void Count(int[] counts, SourceReport report, PreparedSource? prepared)
    {
        var slot = prepared is not null ? 0 : report.Outcome == SourceOutcome.Unchanged ? 1 : 2;
        counts[slot]++;
        counts[3] += prepared?.Changed.Count ?? 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest finished: {Added} added, {Updated} updated, {Unchanged} unchanged, {Retired} retired, {Failed} failed in {Duration}")]
    private static partial void LogRunFinished(ILogger logger, int added, int updated, int unchanged, int retired, int failed, TimeSpan duration);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving a batch of {SourceCount} sources failed; they will be ingested again next run")]
    private static partial void LogCommitFailed(ILogger logger, int sourceCount, Exception exception);
}
