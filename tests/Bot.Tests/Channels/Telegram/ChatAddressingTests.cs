using MoitBot.Bot.Channels.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class ChatAddressingTests
{
    private const string Bot = "TestNameBot";

    [Theory]
    [InlineData(ChatType.Private, "bất kỳ", true)]
    [InlineData(ChatType.Supergroup, "thủ tục bán lẻ rượu", false)]
    [InlineData(ChatType.Group, "@TestNameBot thủ tục bán lẻ rượu", true)]
    [InlineData(ChatType.Supergroup, "hỏi @testnamebot giúp", true)]
    [InlineData(ChatType.Supergroup, "@OtherBot thủ tục", false)]
    [InlineData(ChatType.Supergroup, "/cauhoi@TestNameBot", true)]
    [InlineData(ChatType.Supergroup, "/cauhoi@OtherBot", false)]
    public void IsAddressed_ByChatTypeAndMention(ChatType type, string text, bool expected)
    {
        var message = new Message { Chat = new global::Telegram.Bot.Types.Chat { Id = -1, Type = type }, Text = text };
        Assert.Equal(expected, ChatAddressing.IsAddressed(message, Bot));
    }

    [Fact]
    public void IsAddressed_ReplyToThisBot_True_ReplyToSomeoneElse_False()
    {
        var toBot = new Message { Chat = new global::Telegram.Bot.Types.Chat { Id = -1, Type = ChatType.Supergroup }, Text = "còn phí?", ReplyToMessage = new Message { From = new User { IsBot = true, Username = Bot } } };
        var toUser = new Message { Chat = toBot.Chat, Text = toBot.Text, ReplyToMessage = new Message { From = new User { IsBot = false, Username = "an" } } };
        Assert.True(ChatAddressing.IsAddressed(toBot, Bot));
        Assert.False(ChatAddressing.IsAddressed(toUser, Bot));
    }

    [Fact]
    public void WithoutMention_RemovesBotName() =>
        Assert.Equal("thủ tục bán lẻ rượu", ChatAddressing.WithoutMention("@TestNameBot thủ tục bán lẻ rượu", Bot));
}
