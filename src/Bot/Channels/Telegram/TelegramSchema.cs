using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>Telegram channel state: seen updates, per-chat memory, answers shown (for buttons), dialogs.</summary>
public sealed class TelegramSchema : ISchemaModule
{
    public string Name => "telegram";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE telegram_updates (
            bot_id INTEGER NOT NULL,
            update_id INTEGER NOT NULL,
            payload TEXT NOT NULL,
            received_at TEXT NOT NULL,
            handled_at TEXT NULL,
            outcome TEXT NULL,
            PRIMARY KEY (bot_id, update_id)
        );
        CREATE INDEX ix_telegram_updates_pending ON telegram_updates(handled_at) WHERE handled_at IS NULL;
        CREATE TABLE telegram_chats (
            chat_id INTEGER PRIMARY KEY,
            last_question TEXT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE telegram_answers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            question TEXT NOT NULL,
            outcome TEXT NOT NULL,
            field TEXT NULL,
            entry_ids TEXT NOT NULL,
            ticket_code TEXT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX ix_telegram_answers_chat ON telegram_answers(chat_id);
        CREATE TABLE telegram_feedback (
            answer_id INTEGER NOT NULL REFERENCES telegram_answers(id),
            user_id INTEGER NOT NULL,
            helpful INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (answer_id, user_id)
        );
        CREATE TABLE telegram_ticket_ratings (
            ticket_code TEXT NOT NULL,
            user_id INTEGER NOT NULL,
            helpful INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (ticket_code, user_id)
        );
        CREATE TABLE telegram_deliveries (
            idempotency_key TEXT PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            sent_at TEXT NOT NULL
        );
        CREATE TABLE telegram_dialogs (
            user_id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            step TEXT NOT NULL,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE telegram_attachments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            path TEXT NOT NULL,
            file_name TEXT NOT NULL,
            size INTEGER NOT NULL,
            ticket_code TEXT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX ix_telegram_attachments_pending ON telegram_attachments(chat_id, user_id) WHERE ticket_code IS NULL;
        """,
        """
        ALTER TABLE telegram_answers ADD COLUMN question_log_id INTEGER NULL;
        """,
    ];
}
