using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Text;

namespace MoitBot.Ingest.Storage;

/// <summary>Reads and writes the ingestion ledger (see <see cref="IngestSchema"/>).</summary>
public sealed class SourceLedger(SqliteDatabase database, TimeProvider timeProvider)
{
    public const string Active = "Active";
    public const string Retired = "Retired";

    public async Task<Dictionary<string, (string Path, string Fingerprint, string Status)>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string SourceId, string Path, string Fingerprint, string Status)>(new CommandDefinition(
            "SELECT source_id, path, fingerprint, status FROM ingest_sources", cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.SourceId, r => (r.Path, r.Fingerprint, r.Status), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<ChunkState>> GetChunksAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ChunkState>(new CommandDefinition(
            "SELECT entry_id AS EntryId, locator AS Locator, field AS Field, content_hash AS ContentHash FROM ingest_chunks WHERE source_id = @sourceId ORDER BY entry_id",
            new { sourceId }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>Relations recorded for documents: (source document number, relation, target number).</summary>
    public async Task<IReadOnlyList<(string? Source, string Relation, string Target)>> GetRelationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string? Source, string Relation, string Target)>(new CommandDefinition(
            "SELECT s.document_number, r.relation, r.target_number FROM ingest_relations r JOIN ingest_sources s ON s.source_id = r.source_id ORDER BY 1, 2, 3",
            cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>Records sources after their chunks are saved, all in one transaction.</summary>
    public async Task RecordAsync(IReadOnlyList<SourceState> sources, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var now = StoredTime.Format(timeProvider.GetUtcNow());
        foreach (var source in sources)
        {
            var meta = source.Metadata;
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO ingest_sources(source_id, path, fingerprint, kind, status, document_number, document_type, issuer, title, issued_on, effective_on, url, chunk_count, ingested_at)
                VALUES (@SourceId, @Path, @Fingerprint, @Kind, 'Active', @Number, @Type, @Issuer, @Title, @IssuedOn, @EffectiveOn, @Url, @Count, @now)
                ON CONFLICT(source_id) DO UPDATE SET path = excluded.path, fingerprint = excluded.fingerprint, kind = excluded.kind, status = 'Active',
                  document_number = excluded.document_number, document_type = excluded.document_type, issuer = excluded.issuer, title = excluded.title,
                  issued_on = excluded.issued_on, effective_on = excluded.effective_on, url = excluded.url, chunk_count = excluded.chunk_count, ingested_at = excluded.ingested_at
                """,
                new
                {
                    source.SourceId, source.Path, source.Fingerprint, source.Kind, meta?.Number, meta?.Type, meta?.Issuer, meta?.Title,
                    IssuedOn = meta?.IssuedOn?.ToString("O", CultureInfo.InvariantCulture), EffectiveOn = meta?.EffectiveOn?.ToString("O", CultureInfo.InvariantCulture),
                    source.Url, Count = source.Chunks.Count, now,
                },
                transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM ingest_chunks WHERE source_id = @SourceId; DELETE FROM ingest_relations WHERE source_id = @SourceId",
                new { source.SourceId }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO ingest_chunks(source_id, entry_id, locator, field, content_hash) VALUES (@SourceId, @EntryId, @Locator, @Field, @ContentHash)",
                source.Chunks.Select(c => new { source.SourceId, c.EntryId, c.Locator, c.Field, c.ContentHash }), transaction, cancellationToken: cancellationToken));
            foreach (var relation in meta?.Relations ?? [])
            {
                var key = DocumentNumber.TryParse(relation.TargetNumber)?.Key ?? VietnameseText.Fold(relation.TargetNumber);
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT OR IGNORE INTO ingest_relations(source_id, relation, target_number, target_key) VALUES (@SourceId, @Relation, @TargetNumber, @key)",
                    new { source.SourceId, relation.Relation, relation.TargetNumber, key }, transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RetireAsync(IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ingest_sources SET status = 'Retired', chunk_count = 0 WHERE source_id IN @sourceIds; DELETE FROM ingest_chunks WHERE source_id IN @sourceIds; DELETE FROM ingest_relations WHERE source_id IN @sourceIds",
            new { sourceIds }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
