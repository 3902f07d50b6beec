using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Editorial;

/// <summary>Tables of the editorial workflow: audit log, per-entry review state, helpful-answer suggestions, legal documents.</summary>
public sealed class EditorialSchema : ISchemaModule
{
    public string Name => "editorial";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE editorial_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            subject_kind TEXT NOT NULL,
            subject_id TEXT NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            comment TEXT NULL,
            before_json TEXT NULL,
            after_json TEXT NULL
        );
        CREATE INDEX ix_editorial_audit_subject ON editorial_audit(subject_kind, subject_id, id);
        CREATE TABLE editorial_entries (
            entry_id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            review_by TEXT NULL,
            last_action TEXT NULL,
            flag TEXT NULL,
            comment TEXT NULL,
            original_question TEXT NULL,
            asker_province TEXT NULL,
            asker_name TEXT NULL,
            helpful_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE helpful_suggestions (
            question_key TEXT NOT NULL,
            source_entry_id TEXT NOT NULL,
            question TEXT NOT NULL,
            count INTEGER NOT NULL,
            draft_entry_id TEXT NULL,
            first_at TEXT NOT NULL,
            last_at TEXT NOT NULL,
            PRIMARY KEY (question_key, source_entry_id)
        );
        CREATE TABLE legal_documents (
            key TEXT PRIMARY KEY,
            number TEXT NOT NULL,
            type TEXT NULL,
            title TEXT NULL,
            issuer TEXT NULL,
            url TEXT NULL,
            status TEXT NOT NULL,
            effective_from TEXT NULL,
            effective_to TEXT NULL,
            replaced_by TEXT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE question_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            asked_at TEXT NOT NULL,
            channel TEXT NOT NULL,
            official_id TEXT NULL,
            province TEXT NULL,
            field TEXT NOT NULL,
            department TEXT NOT NULL,
            outcome TEXT NOT NULL,
            entry_id TEXT NULL,
            question TEXT NOT NULL,
            helpful INTEGER NULL
        );
        CREATE INDEX ix_question_log_asked ON question_log(asked_at);
        """,
    ];
}
