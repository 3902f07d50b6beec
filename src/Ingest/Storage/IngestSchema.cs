using MoitBot.Knowledge.Storage;

namespace MoitBot.Ingest.Storage;

/// <summary>The ingestion ledger: each source's fingerprint and document metadata, its chunks' hashes, and relations between documents.</summary>
public sealed class IngestSchema : ISchemaModule
{
    public string Name => "ingest";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE ingest_sources (
            source_id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            document_number TEXT NULL,
            document_type TEXT NULL,
            issuer TEXT NULL,
            title TEXT NULL,
            issued_on TEXT NULL,
            effective_on TEXT NULL,
            url TEXT NULL,
            chunk_count INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE ingest_chunks (
            source_id TEXT NOT NULL REFERENCES ingest_sources(source_id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL,
            locator TEXT NOT NULL,
            field TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            PRIMARY KEY (source_id, entry_id)
        );
        CREATE TABLE ingest_relations (
            source_id TEXT NOT NULL REFERENCES ingest_sources(source_id) ON DELETE CASCADE,
            relation TEXT NOT NULL,
            target_number TEXT NOT NULL,
            target_key TEXT NOT NULL,
            PRIMARY KEY (source_id, relation, target_key)
        );
        CREATE INDEX ix_ingest_relations_target ON ingest_relations(target_key);
        """,
    ];
}
