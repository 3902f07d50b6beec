using Dapper;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MoitBot.Bot.Jobs;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Tests.Jobs;

public sealed class TeamsReminderServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ScanOnceAsync_WorkingDay_DigestBeforeAndBreachScheduledOnceEach()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.FromHours(7)));
        await using var factory = new BotFactory();
        var host = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Escalation:DefaultTeamsChannelId", "19:general@thread.tacv2");
            builder.UseSetting("Escalation:DefaultServiceUrl", "http://127.0.0.1:9/");
            builder.UseSetting("Escalation:ReminderScanInterval", "1.00:00:00");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
        });
        using var client = host.CreateClient();
        var services = host.Services;
        var registry = services.GetRequiredService<OfficialRegistry>();
        var official = await registry.RegisterAsync(new Official
        {
            Id = "telegram:77", Channel = "telegram", ExternalId = "77", ChatId = "77", FullName = "Đỗ Văn Hải", Position = "Công chức", Commune = "Xã A", Province = "Hà Nội",
        }, Ct);
        await services.GetRequiredService<EscalationService>().OpenAsync(new EscalationRequest(official, "Chợ hạng 3 ở xã do ai quản lý và cấp phép xây dựng?", null, []), Ct);
        var reminders = services.GetRequiredService<TeamsReminderService>();

        time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.FromHours(7)));
        Assert.Equal(1, await reminders.ScanOnceAsync(Ct));   // the morning digest
        Assert.Equal(0, await reminders.ScanOnceAsync(Ct));

        time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 16, 10, 0, TimeSpan.FromHours(7)));
        Assert.Equal(1, await reminders.ScanOnceAsync(Ct));   // one hour before 17:00
        Assert.Equal(0, await reminders.ScanOnceAsync(Ct));

        time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 17, 1, 0, TimeSpan.FromHours(7)));
        Assert.Equal(1, await reminders.ScanOnceAsync(Ct));   // the breach
        Assert.Equal(0, await reminders.ScanOnceAsync(Ct));

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        var kinds = (await connection.QueryAsync<string>("SELECT kind FROM outbox WHERE kind LIKE 'teams.%' AND kind NOT LIKE 'teams.ticket%' ORDER BY id")).ToList();
        Assert.Equal(["teams.digest", "teams.reminder", "teams.reminder"], kinds);
        Assert.Equal(3, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM teams_sent"));
    }
}
