using MoitBot.Bot.Channels.Teams.Auth;

namespace MoitBot.Bot.Tests.Channels.Teams.Auth;

public sealed class LoopbackAddressesTests
{
    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("https://[::1]:443", true)]
    [InlineData("http://127.0.0.2", true)]
    [InlineData("http://0.0.0.0:80", false)]
    [InlineData("http://*:80", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://[::]:80", false)]
    [InlineData("http://bot.moit.gov.vn", false)]
    [InlineData("http://10.0.0.5:8080", false)]
    public void IsLoopback_Address_OnlyLocalMachine(string url, bool expected) => Assert.Equal(expected, LoopbackAddresses.IsLoopback(url));
}
