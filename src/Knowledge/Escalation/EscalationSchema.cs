using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Escalation;

public sealed class EscalationSchema : ISchemaModule
{
    public string Name => "escalation";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE officials (
            id TEXT PRIMARY KEY,
            channel TEXT NOT NULL,
            external_id TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            full_name TEXT NOT NULL,
            position TEXT NOT NULL,
            commune TEXT NOT NULL,
            province TEXT NOT NULL,
            phone TEXT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            verified_at TEXT NULL,
            verified_by TEXT NULL,
            UNIQUE (channel, external_id)
        );
        CREATE INDEX ix_officials_status ON officials(status);
        CREATE TABLE invite_codes (
            code_hash TEXT PRIMARY KEY,
            province TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_by TEXT NULL,
            used_at TEXT NULL
        );
        CREATE TABLE tickets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            code TEXT NOT NULL UNIQUE,
            question TEXT NOT NULL,
            field TEXT NOT NULL,
            department TEXT NOT NULL,
            involves_legal INTEGER NOT NULL,
            official_id TEXT NOT NULL,
            channel TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            status TEXT NOT NULL,
            received_at TEXT NOT NULL,
            deadline_at TEXT NOT NULL,
            paused_at TEXT NULL,
            authority TEXT NULL,
            claimed_by TEXT NULL,
            answer TEXT NULL,
            legal_basis TEXT NULL,
            answered_by TEXT NULL,
            answered_at TEXT NULL,
            answer_count INTEGER NOT NULL DEFAULT 0,
            linked_entry_id TEXT NULL,
            duplicate_of INTEGER NULL REFERENCES tickets(id),
            bot_sources TEXT NOT NULL,
            attachments TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ix_tickets_official ON tickets(official_id);
        CREATE INDEX ix_tickets_department_status ON tickets(department, status);
        CREATE INDEX ix_tickets_duplicate ON tickets(duplicate_of);
        CREATE TABLE ticket_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id),
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            detail TEXT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX ix_ticket_events_ticket ON ticket_events(ticket_id);
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            payload TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            locked_until TEXT NULL,
            last_error TEXT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT NULL
        );
        CREATE INDEX ix_outbox_due ON outbox(status, next_attempt_at);
        """,
    ];
}
