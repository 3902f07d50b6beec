using MoitBot.Bot.Channels.Telegram;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class TelegramCommandTests
{
    [Theory]
    [InlineData("/start", "start", "", null)]
    [InlineData("/phancap rượu bán lẻ", "phancap", "rượu bán lẻ", null)]
    [InlineData("/CauHoi@TestNameBot", "cauhoi", "", "TestNameBot")]
    [InlineData("/mamoi@TestNameBot   ABCD2345 ", "mamoi", "ABCD2345", "TestNameBot")]
    [InlineData("/huongdan\nthêm", "huongdan", "thêm", null)]
    public void Parse_Command_NameArgumentsAndTarget(string text, string name, string arguments, string? target)
    {
        var command = TelegramCommand.Parse(text);
        Assert.Equal(new TelegramCommand(name, arguments, target), command);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("thu tuc /start")]
    [InlineData("/ start")]
    [InlineData("/đăngký")]
    [InlineData("/<script>")]
    public void Parse_NotACommand_Null(string? text) => Assert.Null(TelegramCommand.Parse(text));

    [Theory]
    [InlineData("/start", true)]
    [InlineData("/start@TestNameBot", true)]
    [InlineData("/start@testnamebot", true)]
    [InlineData("/start@OtherBot", false)]
    public void IsFor_Target_OnlyThisBotOrUntargeted(string text, bool expected) =>
        Assert.Equal(expected, TelegramCommand.Parse(text)!.IsFor("TestNameBot"));

    [Theory]
    [InlineData("ok:12", "ok", "12", null)]
    [InlineData("escs:12:dien-luc", "escs", "12", "dien-luc")]
    public void CallbackData_RoundTrips(string data, string action, string argument, string? extra)
    {
        var parsed = CallbackData.Parse(data);
        Assert.Equal(new CallbackData(action, argument, extra), parsed);
        Assert.Equal(data, parsed!.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("nocolon")]
    public void CallbackData_Malformed_Null(string? data) => Assert.Null(CallbackData.Parse(data));

    [Theory]
    [InlineData("webhook-secret", "webhook-secret", true)]
    [InlineData("webhook-secreT", "webhook-secret", false)]
    [InlineData("webhook-secret-longer", "webhook-secret", false)]
    [InlineData("", "webhook-secret", false)]
    [InlineData(null, "webhook-secret", false)]
    [InlineData("anything", null, false)]
    public void SecretMatches_ConstantTimeComparison(string? presented, string? expected, bool matches) =>
        Assert.Equal(matches, TelegramWebhookEndpoint.SecretMatches(presented, expected));
}
