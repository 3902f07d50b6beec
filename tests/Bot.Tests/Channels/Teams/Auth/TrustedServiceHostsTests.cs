using MoitBot.Bot.Channels.Teams.Auth;

namespace MoitBot.Bot.Tests.Channels.Teams.Auth;

public sealed class TrustedServiceHostsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/v3/conversations", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://evilsmba.trafficmanager.net/", false)]
    [InlineData("https://127.0.0.1:56150/_connector/", false)]
    public void IsTrusted_ServiceUrl_OnlyHttpsConnectorHosts(string url, bool expected) =>
        Assert.Equal(expected, TrustedServiceHosts.IsTrusted(new Uri(url), TrustedServiceHosts.Defaults));
}
