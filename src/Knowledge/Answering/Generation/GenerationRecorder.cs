using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>Writes and reads generation_calls. A failed write is logged, never allowed to cost the official their answer.</summary>
public sealed partial class GenerationRecorder(SqliteDatabase database, ILogger<GenerationRecorder> logger)
{
    public async Task RecordAsync(GenerationRecord record, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO generation_calls(at, kind, model, outcome, reason, prompt_tokens, completion_tokens, latency_ms, sources_sent, sources_cited)
                VALUES (@At, @Kind, @Model, @Outcome, @Reason, @PromptTokens, @CompletionTokens, @LatencyMs, @SourcesSent, @SourcesCited)
                """,
                new
                {
                    At = record.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                    record.Kind,
                    record.Model,
                    record.Outcome,
                    record.Reason,
                    record.PromptTokens,
                    record.CompletionTokens,
                    record.LatencyMs,
                    record.SourcesSent,
                    record.SourcesCited,
                },
                cancellationToken: cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRecordFailed(logger, ex, record.Kind, record.Outcome);
        }
    }

    /// <summary>The latest calls, newest first.</summary>
    public async Task<IReadOnlyList<GenerationRecord>> ListRecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT at AS At, kind AS Kind, model AS Model, outcome AS Outcome, reason AS Reason, prompt_tokens AS PromptTokens,
                   completion_tokens AS CompletionTokens, latency_ms AS LatencyMs, sources_sent AS SourcesSent, sources_cited AS SourcesCited
            FROM generation_calls ORDER BY id DESC LIMIT @count
            """,
            new { count },
            cancellationToken: cancellationToken));
        return rows.Select(r => new GenerationRecord(
            DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.Kind, r.Model, r.Outcome, r.Reason,
            (int)r.PromptTokens, (int)r.CompletionTokens, r.LatencyMs, (int)r.SourcesSent, (int)r.SourcesCited)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record a {Kind} model call ({Outcome})")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string kind, string outcome);

    private sealed record Row(string At, string Kind, string Model, string Outcome, string? Reason, long PromptTokens, long CompletionTokens,
        long LatencyMs, long SourcesSent, long SourcesCited);
}
