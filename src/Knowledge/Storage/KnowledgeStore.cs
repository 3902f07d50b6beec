using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Storage;

/// <summary>Entries, their versions and cached vectors in SQLite. The source of truth for every index.</summary>
public sealed class KnowledgeStore(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string SelectEntry = "SELECT id, kind, field, title, question, body, status, version, provenance, references_json AS ReferencesJson, responsibilities_json AS ResponsibilitiesJson, source_id AS SourceId, locator, updated_at AS UpdatedAt FROM entries";

    /// <summary>
    /// Saves an entry. A changed entry gets the next version and its previous state is kept in
    /// entry_versions; an unchanged one is left as it is. Returns what is stored.
    /// </summary>
    public async Task<KnowledgeEntry> SaveAsync(KnowledgeEntry entry, string changedBy, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var saved = await SaveAsync(connection, transaction, entry, changedBy, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    public async Task<IReadOnlyList<KnowledgeEntry>> SaveManyAsync(IEnumerable<KnowledgeEntry> entries, string changedBy, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var saved = new List<KnowledgeEntry>();
        foreach (var entry in entries)
        {
            saved.Add(await SaveAsync(connection, transaction, entry, changedBy, cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    public async Task<KnowledgeEntry?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<EntryRow>(new CommandDefinition($"{SelectEntry} WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToEntry();
    }

    public async Task<IReadOnlyList<KnowledgeEntry>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition($"{SelectEntry} WHERE id IN @ids", new { ids }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public async Task<IReadOnlyList<KnowledgeEntry>> ListAsync(IReadOnlyCollection<EntryStatus>? statuses = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = statuses is { Count: > 0 } ? $"{SelectEntry} WHERE status IN @names ORDER BY id" : $"{SelectEntry} ORDER BY id";
        var names = statuses?.Select(s => s.ToString()).ToArray() ?? [];
        var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition(sql, new { names }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    /// <summary>Entries that cite a document (any spelling of its number).</summary>
    public async Task<IReadOnlyList<string>> FindCitingAsync(string documentNumber, CancellationToken cancellationToken = default)
    {
        var parsed = DocumentNumber.TryParse(documentNumber);
        if (parsed is null)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT entry_id FROM entry_documents WHERE document_key = @key OR document_key = @shortKey ORDER BY entry_id",
            new { key = parsed.Key, shortKey = parsed.ShortKey ?? parsed.Key }, cancellationToken: cancellationToken));
        return ids.ToList();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM entries", cancellationToken: cancellationToken));
    }

    public async Task<string?> GetSettingAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT value FROM settings WHERE key = @key", new { key }, cancellationToken: cancellationToken));
    }

    public async Task SetSettingAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO settings(key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            new { key, value }, cancellationToken: cancellationToken));
    }

    /// <summary>Cached vectors of a model: all of them, or only those of the given entries (one query per 500 ids).</summary>
    public async Task<Dictionary<string, (string Hash, float[] Vector)>> LoadVectorsAsync(string model, IReadOnlyCollection<string>? entryIds = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var result = new Dictionary<string, (string Hash, float[] Vector)>(StringComparer.Ordinal);
        var batches = entryIds is null ? [null] : entryIds.Chunk(500).Select(b => (string[]?)b);
        foreach (var ids in batches)
        {
            var sql = ids is null
                ? "SELECT entry_id, content_hash, vector FROM entry_vectors WHERE model = @model"
                : "SELECT entry_id, content_hash, vector FROM entry_vectors WHERE model = @model AND entry_id IN @ids";
            var rows = await connection.QueryAsync<(string EntryId, string Hash, byte[] Vector)>(new CommandDefinition(sql, new { model, ids }, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                result[row.EntryId] = (row.Hash, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(row.Vector).ToArray());
            }
        }

        return result;
    }

    public async Task SaveVectorsAsync(string model, IEnumerable<(string EntryId, string Hash, float[] Vector)> vectors, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (entryId, hash, vector) in vectors)
        {
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO entry_vectors(entry_id, model, content_hash, vector) VALUES (@entryId, @model, @hash, @bytes) ON CONFLICT(entry_id, model) DO UPDATE SET content_hash = excluded.content_hash, vector = excluded.vector",
                new { entryId, model, hash, bytes }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<KnowledgeEntry> SaveAsync(SqliteConnection connection, SqliteTransaction transaction, KnowledgeEntry entry, string changedBy, CancellationToken cancellationToken)
    {
        var existingRow = await connection.QuerySingleOrDefaultAsync<EntryRow>(new CommandDefinition(
            $"{SelectEntry} WHERE id = @Id", new { entry.Id }, transaction, cancellationToken: cancellationToken));
        var existing = existingRow?.ToEntry();
        if (existing is not null && existing.ContentHash == entry.ContentHash && existing.Provenance == entry.Provenance
            && existing.SourceId == entry.SourceId && existing.Locator == entry.Locator)
        {
            return existing;
        }

        var now = timeProvider.GetUtcNow();
        var saved = entry with
        {
            Version = existing is null ? Math.Max(1, entry.Version) : existing.Version + 1,
            UpdatedAt = now,
            Title = VietnameseText.Normalize(entry.Title),
            Question = entry.Question is null ? null : VietnameseText.Normalize(entry.Question),
            Body = VietnameseText.Normalize(entry.Body),
        };

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO entries(id, kind, field, title, question, body, status, version, provenance, references_json, responsibilities_json, source_id, locator, content_hash, updated_at)
            VALUES (@Id, @Kind, @Field, @Title, @Question, @Body, @Status, @Version, @Provenance, @ReferencesJson, @ResponsibilitiesJson, @SourceId, @Locator, @ContentHash, @UpdatedAt)
            ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, field = excluded.field, title = excluded.title, question = excluded.question,
              body = excluded.body, status = excluded.status, version = excluded.version, provenance = excluded.provenance,
              references_json = excluded.references_json, responsibilities_json = excluded.responsibilities_json, source_id = excluded.source_id,
              locator = excluded.locator, content_hash = excluded.content_hash, updated_at = excluded.updated_at
            """,
            EntryRow.From(saved), transaction, cancellationToken: cancellationToken));

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR REPLACE INTO entry_versions(entry_id, version, snapshot_json, changed_at, changed_by) VALUES (@Id, @Version, @snapshot, @at, @changedBy)",
            new { saved.Id, saved.Version, snapshot = JsonSerializer.Serialize(saved, KnowledgeJson.Options), at = StoredTime.Format(now), changedBy },
            transaction, cancellationToken: cancellationToken));

        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM entry_documents WHERE entry_id = @Id", new { saved.Id }, transaction, cancellationToken: cancellationToken));
        foreach (var key in saved.DocumentKeys())
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT OR IGNORE INTO entry_documents(entry_id, document_key) VALUES (@Id, @key)", new { saved.Id, key }, transaction, cancellationToken: cancellationToken));
        }

        return saved;
    }


    private sealed record EntryRow(string Id, string Kind, string Field, string Title, string? Question, string Body, string Status, long Version,
        string Provenance, string ReferencesJson, string? ResponsibilitiesJson, string? SourceId, string? Locator, string UpdatedAt)
    {
        public string ContentHash { get; init; } = string.Empty;

        public static EntryRow From(KnowledgeEntry e) => new(e.Id, e.Kind.ToString(), e.Field, e.Title, e.Question, e.Body, e.Status.ToString(), e.Version,
            e.Provenance.ToString(), JsonSerializer.Serialize(e.References, KnowledgeJson.Options),
            e.Responsibilities is null ? null : JsonSerializer.Serialize(e.Responsibilities, KnowledgeJson.Options), e.SourceId, e.Locator, StoredTime.Format(e.UpdatedAt))
        {
            ContentHash = e.ContentHash,
        };

        public KnowledgeEntry ToEntry() => new()
        {
            Id = Id,
            Kind = Enum.Parse<EntryKind>(Kind),
            Field = Field,
            Title = Title,
            Question = Question,
            Body = Body,
            Status = Enum.Parse<EntryStatus>(Status),
            Version = (int)Version,
            Provenance = Enum.Parse<Provenance>(Provenance),
            References = JsonSerializer.Deserialize<List<LegalReference>>(ReferencesJson, KnowledgeJson.Options) ?? [],
            Responsibilities = ResponsibilitiesJson is null ? null : JsonSerializer.Deserialize<Responsibilities>(ResponsibilitiesJson, KnowledgeJson.Options),
            SourceId = SourceId,
            Locator = Locator,
            UpdatedAt = DateTimeOffset.Parse(UpdatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        };
    }
}
