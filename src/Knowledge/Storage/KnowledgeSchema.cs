namespace MoitBot.Knowledge.Storage;

public sealed class KnowledgeSchema : ISchemaModule
{
    public string Name => "knowledge";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE entries (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            field TEXT NOT NULL,
            title TEXT NOT NULL,
            question TEXT NULL,
            body TEXT NOT NULL,
            status TEXT NOT NULL,
            version INTEGER NOT NULL,
            provenance TEXT NOT NULL,
            references_json TEXT NOT NULL,
            responsibilities_json TEXT NULL,
            source_id TEXT NULL,
            locator TEXT NULL,
            content_hash TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ix_entries_status_field ON entries(status, field);
        CREATE INDEX ix_entries_source ON entries(source_id);
        CREATE TABLE entry_versions (
            entry_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            snapshot_json TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            PRIMARY KEY (entry_id, version)
        );
        CREATE TABLE entry_documents (
            entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            document_key TEXT NOT NULL,
            PRIMARY KEY (entry_id, document_key)
        );
        CREATE INDEX ix_entry_documents_key ON entry_documents(document_key);
        CREATE TABLE entry_vectors (
            entry_id TEXT NOT NULL,
            model TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY (entry_id, model)
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ];
}
