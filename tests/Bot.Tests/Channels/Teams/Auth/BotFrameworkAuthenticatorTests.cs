using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Auth;
using MoitBot.Bot.Channels.Teams.Hosting;
using MoitBot.Bot.Channels.Teams.Protocol;

namespace MoitBot.Bot.Tests.Channels.Teams.Auth;

public sealed class BotFrameworkAuthenticatorTests : IDisposable
{
    private readonly TestSigningKeys _keys = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TokenCase.Valid, true)]
    [InlineData(TokenCase.WrongIssuer, false)]
    [InlineData(TokenCase.WrongAudience, false)]
    [InlineData(TokenCase.Expired, false)]
    [InlineData(TokenCase.NotYetValid, false)]
    [InlineData(TokenCase.BadSignature, false)]
    [InlineData(TokenCase.UnknownKey, false)]
    [InlineData(TokenCase.NotEndorsed, false)]
    [InlineData(TokenCase.ServiceUrlMismatch, false)]
    public async Task AuthenticateAsync_TokenCase_AcceptsOnlyValidConnectorToken(TokenCase tokenCase, bool accepted)
    {
        var outcome = await Authenticator().AuthenticateAsync($"Bearer {_keys.Token(tokenCase)}", Activity(), Ct);

        Assert.Equal(accepted, outcome.Succeeded);
        Assert.False(outcome.IsAnonymous);
        if (!accepted)
        {
            Assert.False(string.IsNullOrEmpty(outcome.Failure));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    public async Task AuthenticateAsync_MissingOrMalformedHeaderWithAppId_Rejected(string? header)
    {
        var outcome = await Authenticator().AuthenticateAsync(header, Activity(), Ct);
        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelNotEndorsedByKey_Rejected()
    {
        var activity = Activity();
        activity.ChannelId = "slack";
        var outcome = await Authenticator().AuthenticateAsync($"Bearer {_keys.Token(TokenCase.Valid)}", activity, Ct);
        Assert.False(outcome.Succeeded);
        Assert.Contains("endorsement", outcome.Failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AuthenticateAsync_NoAppId_AnonymousWithoutHeader()
    {
        var authenticator = new BotFrameworkAuthenticator(_keys.CreateConfigurationManager(), Options.Create(new TeamsOptions()), NullLogger<BotFrameworkAuthenticator>.Instance);
        var outcome = await authenticator.AuthenticateAsync(null, Activity(), Ct);
        Assert.True(outcome.Succeeded);
        Assert.True(outcome.IsAnonymous);
    }

    public void Dispose() => _keys.Dispose();

    private BotFrameworkAuthenticator Authenticator() => new(
        _keys.CreateConfigurationManager(),
        Options.Create(new TeamsOptions { AppId = TestSigningKeys.AppId, AppPassword = "secret", TenantId = "tenant" }),
        NullLogger<BotFrameworkAuthenticator>.Instance);

    private static Activity Activity() => new() { Type = "message", ChannelId = "msteams", ServiceUrl = TestSigningKeys.ServiceUrl, Text = "xin chào" };
}
