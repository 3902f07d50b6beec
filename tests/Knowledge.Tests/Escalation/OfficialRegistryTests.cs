using Microsoft.Extensions.Time.Testing;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Knowledge.Tests.Escalation;

public sealed class OfficialRegistryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Official Candidate(string province = "Hà Nội") => new()
    {
        Id = "telegram:42", Channel = "telegram", ExternalId = "42", ChatId = "42", FullName = "Lê Văn Nam", Position = "Công chức văn hóa - xã hội",
        Commune = "Phường Hoàn Kiếm", Province = province,
    };

    [Fact]
    public async Task RegisterAsync_NewOfficial_Pending()
    {
        await using var test = await TestBank.CreateAsync();
        var saved = await test.Get<OfficialRegistry>().RegisterAsync(Candidate(), Ct);
        Assert.Equal(OfficialStatus.Pending, saved.Status);
        Assert.Single(await test.Get<OfficialRegistry>().ListAsync(OfficialStatus.Pending, Ct));
    }

    [Fact]
    public async Task RedeemInviteCodeAsync_CodeOfSameProvince_VerifiesOnce()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var test = await TestBank.CreateAsync(time: time);
        var registry = test.Get<OfficialRegistry>();
        await registry.RegisterAsync(Candidate(), Ct);
        var code = await registry.CreateInviteCodeAsync("Hà Nội", TimeSpan.FromDays(7), Ct);

        Assert.Equal(OfficialStatus.Verified, (await registry.RedeemInviteCodeAsync("telegram:42", code.ToLowerInvariant(), Ct))?.Status);
        Assert.Null(await registry.RedeemInviteCodeAsync("telegram:42", code, Ct));
    }

    [Fact]
    public async Task RedeemInviteCodeAsync_OtherProvinceOrExpired_Refused()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var test = await TestBank.CreateAsync(time: time);
        var registry = test.Get<OfficialRegistry>();
        await registry.RegisterAsync(Candidate(), Ct);
        var otherProvince = await registry.CreateInviteCodeAsync("Huế", TimeSpan.FromDays(7), Ct);
        var expiring = await registry.CreateInviteCodeAsync("Hà Nội", TimeSpan.FromHours(1), Ct);
        time.Advance(TimeSpan.FromHours(2));

        Assert.Null(await registry.RedeemInviteCodeAsync("telegram:42", otherProvince, Ct));
        Assert.Null(await registry.RedeemInviteCodeAsync("telegram:42", expiring, Ct));
        Assert.Null(await registry.RedeemInviteCodeAsync("telegram:42", "", Ct));
        Assert.Equal(OfficialStatus.Pending, (await registry.GetAsync("telegram:42", Ct))?.Status);
    }

    [Fact]
    public async Task RegisterAsync_VerifiedOfficialUpdatesPhone_StaysVerified()
    {
        await using var test = await TestBank.CreateAsync();
        var registry = test.Get<OfficialRegistry>();
        await registry.RegisterAsync(Candidate(), Ct);
        await registry.VerifyAsync("telegram:42", "operator", Ct);
        var updated = await registry.RegisterAsync(Candidate() with { Phone = "0912345678" }, Ct);
        Assert.Equal(OfficialStatus.Verified, updated.Status);
        var moved = await registry.RegisterAsync(Candidate("Huế"), Ct);
        Assert.Equal(OfficialStatus.Pending, moved.Status);
    }
}
