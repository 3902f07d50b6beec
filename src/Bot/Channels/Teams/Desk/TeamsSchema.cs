using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>Teams state: teams and channels the bot is in, department links, posted cards (tickets and drafts), what reminders were sent.</summary>
public sealed class TeamsSchema : ISchemaModule
{
    public string Name => "teams";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE teams_teams (
            team_id TEXT PRIMARY KEY,
            name TEXT NULL,
            service_url TEXT NOT NULL,
            tenant_id TEXT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE teams_channels (
            channel_id TEXT PRIMARY KEY,
            team_id TEXT NULL,
            name TEXT NULL,
            service_url TEXT NOT NULL,
            tenant_id TEXT NULL,
            department TEXT NULL,
            linked_by TEXT NULL,
            linked_at TEXT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ix_teams_channels_department ON teams_channels(department);
        CREATE TABLE teams_cards (
            ticket_id INTEGER NOT NULL,
            channel_id TEXT NOT NULL,
            team_id TEXT NULL,
            department TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            activity_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            PRIMARY KEY (ticket_id, channel_id)
        );
        CREATE INDEX ix_teams_cards_activity ON teams_cards(activity_id);
        CREATE TABLE teams_sent (
            key TEXT PRIMARY KEY,
            sent_at TEXT NOT NULL
        );
        """,
        """
        CREATE TABLE teams_draft_cards (
            entry_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            activity_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            PRIMARY KEY (entry_id, version)
        );
        """,
    ];
}
