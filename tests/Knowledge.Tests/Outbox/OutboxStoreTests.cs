using Microsoft.Extensions.Time.Testing;
using MoitBot.Knowledge.Outbox;

namespace MoitBot.Knowledge.Tests.Outbox;

public sealed class OutboxStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnqueueAsync_SameIdempotencyKey_StoredOnce()
    {
        await using var test = await TestBank.CreateAsync();
        var outbox = test.Get<OutboxStore>();
        Assert.True(await outbox.EnqueueAsync("k", "key-1", new { a = 1 }, Ct));
        Assert.False(await outbox.EnqueueAsync("k", "key-1", new { a = 2 }, Ct));
        Assert.Single(await outbox.ClaimDueAsync(["k"], 10, Ct));
    }

    [Fact]
    public async Task ClaimDueAsync_ClaimedMessage_NotClaimedAgainUntilLeaseExpires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var test = await TestBank.CreateAsync(time: time);
        var outbox = test.Get<OutboxStore>();
        await outbox.EnqueueAsync("k", "key-1", new { }, Ct);

        Assert.Single(await outbox.ClaimDueAsync(["k"], 10, Ct));
        Assert.Empty(await outbox.ClaimDueAsync(["k"], 10, Ct));
        time.Advance(OutboxStore.Lease + TimeSpan.FromSeconds(1));
        Assert.Single(await outbox.ClaimDueAsync(["k"], 10, Ct));
    }

    [Fact]
    public async Task MarkFailedAsync_BacksOffThenGivesUpAfterMaxAttempts()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var test = await TestBank.CreateAsync(time: time);
        var outbox = test.Get<OutboxStore>();
        await outbox.EnqueueAsync("k", "key-1", new { }, Ct);
        var message = (await outbox.ClaimDueAsync(["k"], 10, Ct)).Single();

        await outbox.MarkFailedAsync(message.Id, "boom", TimeSpan.FromMinutes(1), 2, Ct);
        Assert.Empty(await outbox.ClaimDueAsync(["k"], 10, Ct));
        time.Advance(TimeSpan.FromMinutes(2));
        var retried = Assert.Single(await outbox.ClaimDueAsync(["k"], 10, Ct));
        Assert.Equal(1, retried.Attempts);

        await outbox.MarkFailedAsync(message.Id, "boom", TimeSpan.FromMinutes(1), 2, Ct);
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await outbox.ClaimDueAsync(["k"], 10, Ct));
        Assert.Contains(await outbox.CountsAsync(Ct), c => c is { Kind: "k", Status: "Failed", Count: 1 });
    }

    [Fact]
    public async Task MarkSentAsync_SentMessage_NeverClaimedAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var test = await TestBank.CreateAsync(time: time);
        var outbox = test.Get<OutboxStore>();
        await outbox.EnqueueAsync("k", "key-1", new { }, Ct);
        var message = (await outbox.ClaimDueAsync(["k"], 10, Ct)).Single();
        await outbox.MarkSentAsync(message.Id, Ct);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await outbox.ClaimDueAsync(["k"], 10, Ct));
    }
}
