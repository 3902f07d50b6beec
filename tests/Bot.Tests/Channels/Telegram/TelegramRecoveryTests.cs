using Microsoft.Data.Sqlite;
using MoitBot.Bot.Channels.Telegram;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class TelegramRecoveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restart_UpdateReceivedButNotHandled_AnsweredAfterRestartOnce()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.AskAsync(1201, "/start");
        await world.StopAsync();

        // The process had recorded this update and stopped before answering it.
        var botId = TelegramBotIdentity.IdFromToken(world.Emulator.Token);
        var payload = """{"update_id":777001,"message":{"message_id":3,"date":1795800000,"chat":{"id":1201,"type":"private"},"from":{"id":1201,"is_bot":false,"first_name":"A"},"text":"/huongdan"}}""";
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(world.Directory, "bot.db")}"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO telegram_updates(bot_id, update_id, payload, received_at) VALUES ($bot, 777001, $payload, '2026-11-27T00:00:00Z')";
            command.Parameters.AddWithValue("$bot", botId);
            command.Parameters.AddWithValue("$payload", payload);
            await command.ExecuteNonQueryAsync(Ct);
        }

        await world.RestartAsync();
        var messages = await world.Emulator.WaitForMessagesAsync(1201, 2, Ct);
        Assert.Contains("Hướng dẫn", messages[1].Text, StringComparison.Ordinal);

        // Handled: a second restart does not answer it again.
        await world.RestartAsync();
        await world.AskAsync(1201, "/start");
        Assert.Equal(3, (await world.Emulator.BotMessagesAsync(1201, Ct)).Count);
    }
}
