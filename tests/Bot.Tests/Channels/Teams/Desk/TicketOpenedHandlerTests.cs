using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Tests.Channels.Teams.Desk;

public sealed class TicketOpenedHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dispatch_NoChannelKnownForDepartment_CardStaysPendingWithClearError()
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();
        var services = factory.Services;
        var official = await services.GetRequiredService<OfficialRegistry>().RegisterAsync(new Official
        {
            Id = "telegram:88", Channel = "telegram", ExternalId = "88", ChatId = "88", FullName = "Mai Thị Lan", Position = "Công chức", Commune = "Xã C", Province = "Cà Mau",
        }, Ct);
        var ticket = (await services.GetRequiredService<EscalationService>().OpenAsync(
            new EscalationRequest(official, "Thủ tục cấp giấy chứng nhận đủ điều kiện sản xuất hóa chất công nghiệp?", null, []), Ct)).Ticket!;

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        (string Status, long Attempts, string? LastError) row = default;
        for (var i = 0; i < 600 && row.Attempts == 0; i++)
        {
            row = await connection.QuerySingleAsync<(string, long, string?)>(
                "SELECT status, attempts, last_error FROM outbox WHERE idempotency_key = @key", new { key = $"opened:{ticket.Id}" });
            if (row.Attempts == 0)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.Equal("Pending", row.Status);
        Assert.True(row.Attempts >= 1);
        Assert.Contains("No Teams channel is known for department", row.LastError, StringComparison.Ordinal);
        Assert.Contains(ticket.Department, row.LastError, StringComparison.Ordinal);
    }
}
