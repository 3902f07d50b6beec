using MoitBot.Bot.Channels.Telegram;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class FollowUpRuleTests
{
    [Theory]
    [InlineData("còn hồ sơ thì sao?", true)]
    [InlineData("con ho so thi sao", true)]
    [InlineData("phí bao nhiêu?", true)]
    [InlineData("Thế thời hạn giấy phép bán lẻ rượu là bao lâu vậy bạn?", true)]
    [InlineData("vậy thì xã có được kiểm tra cửa hàng xăng dầu vào ban đêm không", true)]
    [InlineData("Và nếu cửa hàng nằm trong khu dân cư thì có được phép kinh doanh không", true)]
    [InlineData("thủ tục cấp giấy phép bán lẻ rượu gồm những gì", false)]
    [InlineData("Cửa hàng xăng dầu cần điều kiện gì về phòng cháy", false)]
    [InlineData("   ", false)]
    public void IsFollowUp_ShortOrOpenedByConnective(string text, bool expected) =>
        Assert.Equal(expected, FollowUpRule.IsFollowUp(text));

    [Fact]
    public void Combine_FollowUpWithPrevious_PrependsPreviousQuestion() =>
        Assert.Equal("thủ tục cấp giấy phép bán lẻ rượu còn hồ sơ thì sao?", FollowUpRule.Combine("thủ tục cấp giấy phép bán lẻ rượu", "còn hồ sơ thì sao?"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Combine_NoPreviousQuestion_TextAlone(string? previous) =>
        Assert.Equal("còn hồ sơ thì sao?", FollowUpRule.Combine(previous, "còn hồ sơ thì sao?"));

    [Fact]
    public void Combine_StandaloneQuestion_NotCombined() =>
        Assert.Equal("Cửa hàng xăng dầu cần điều kiện gì về phòng cháy", FollowUpRule.Combine("bán lẻ rượu", "Cửa hàng xăng dầu cần điều kiện gì về phòng cháy"));
}
