using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>
/// One row per model call for the operators' figures: tokens, latency and what became of the
/// answer. No question or answer text is stored: officials' messages may carry personal data.
/// </summary>
public sealed class GenerationSchema : ISchemaModule
{
    public string Name => "generation";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE generation_calls (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            model TEXT NOT NULL,
            outcome TEXT NOT NULL,
            reason TEXT NULL,
            prompt_tokens INTEGER NOT NULL,
            completion_tokens INTEGER NOT NULL,
            latency_ms INTEGER NOT NULL,
            sources_sent INTEGER NOT NULL,
            sources_cited INTEGER NOT NULL
        );
        CREATE INDEX ix_generation_calls_at ON generation_calls(at);
        """,
    ];
}
