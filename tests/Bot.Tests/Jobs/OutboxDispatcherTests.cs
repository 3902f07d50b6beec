using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Bot.Jobs;
using MoitBot.Knowledge.Outbox;

namespace MoitBot.Bot.Tests.Jobs;

public sealed class OutboxDispatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DispatchOnceAsync_HandlerFailsOnce_RetriedAndSentOnce()
    {
        var handler = new FlakyHandler(failures: 1);
        await using var factory = new BotFactory();
        using var configured = factory.WithWebHostBuilder(b => b
            .UseSetting("Outbox:PollInterval", "01:00:00")
            .ConfigureTestServices(s => s.AddSingleton<IOutboxHandler>(handler)));
        var services = configured.Services;
        var outbox = services.GetRequiredService<OutboxStore>();
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        await outbox.EnqueueAsync(FlakyHandler.KindName, "test-1", new { hello = "xin chào" }, Ct);

        await dispatcher.DispatchOnceAsync(Ct);
        Assert.Equal(1, handler.Calls);

        // The failed message is due again only after its back-off (1 s for the first retry).
        await Task.Delay(TimeSpan.FromSeconds(1.2), Ct);
        await dispatcher.DispatchOnceAsync(Ct);
        await dispatcher.DispatchOnceAsync(Ct);
        Assert.Equal(2, handler.Calls);
        Assert.Equal(1, handler.Delivered);
        Assert.Contains(await outbox.CountsAsync(Ct), c => c is { Kind: FlakyHandler.KindName, Status: "Sent", Count: 1 });
    }

    [Fact]
    public async Task DispatchOnceAsync_KindWithoutHandler_StaysPending()
    {
        await using var factory = new BotFactory();
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Outbox:PollInterval", "01:00:00"));
        var outbox = configured.Services.GetRequiredService<OutboxStore>();
        await outbox.EnqueueAsync("nobody.handles-this", "test-2", new { }, Ct);

        await configured.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(Ct);
        Assert.Contains(await outbox.CountsAsync(Ct), c => c is { Kind: "nobody.handles-this", Status: "Pending", Count: 1 });
    }

    private sealed class FlakyHandler(int failures) : IOutboxHandler
    {
        public const string KindName = "test.flaky";

        public int Calls { get; private set; }

        public int Delivered { get; private set; }

        public string Kind => KindName;

        public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Calls++;
            if (Calls <= failures)
            {
                throw new HttpRequestException("Telegram is briefly unreachable");
            }

            Delivered++;
            return Task.CompletedTask;
        }
    }
}
