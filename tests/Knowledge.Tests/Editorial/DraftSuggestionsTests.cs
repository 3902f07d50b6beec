using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Knowledge.Tests.Editorial;

public sealed class DraftSuggestionsTests
{
    private const string Asked = "Xin hỏi giấy phép bán lẻ rượu được dùng trong mấy năm?";

    [Fact]
    public async Task SuggestFromHelpfulAnswerAsync_BelowThreshold_CountsWithoutDraft()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());
        var suggestions = bank.Get<DraftSuggestions>();

        await suggestions.SuggestFromHelpfulAnswerAsync(Asked, "ruou-thoihan", ct);
        var second = await suggestions.SuggestFromHelpfulAnswerAsync("xin hoi  giay phep ban le ruou duoc dung trong may nam?", "ruou-thoihan", ct);

        Assert.Equal(2, second!.Count);
        Assert.Null(second.DraftEntryId);
    }

    [Fact]
    public async Task SuggestFromHelpfulAnswerAsync_AtThreshold_CreatesDraftWithCountInQueue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());
        var suggestions = bank.Get<DraftSuggestions>();

        HelpfulSuggestion? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await suggestions.SuggestFromHelpfulAnswerAsync(Asked, "ruou-thoihan", ct);
        }

        Assert.Equal(4, last!.Count);
        var draft = await bank.Bank.Store.GetAsync(last.DraftEntryId!, ct);
        Assert.Equal(EntryStatus.Draft, draft!.Status);
        Assert.Equal(Asked, draft.Question);
        Assert.Equal("Giấy phép bán lẻ rượu có thời hạn 05 năm.", draft.Body);
        var item = Assert.Single(await bank.Get<ReviewList>().ListAsync(new QueueFilter { Source = DraftSource.HelpfulAnswer }, ct));
        Assert.Equal(4, item.Record.HelpfulCount);
    }

    [Fact]
    public async Task SuggestFromHelpfulAnswerAsync_UnknownEntry_ReturnsNull()
    {
        await using var bank = await TestBank.CreateAsync();

        Assert.Null(await bank.Get<DraftSuggestions>().SuggestFromHelpfulAnswerAsync(Asked, "khong-co", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SuggestFromHelpfulAnswerAsync_EmptyQuestion_Throws(string question)
    {
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());

        await Assert.ThrowsAsync<ArgumentException>(() => bank.Get<DraftSuggestions>().SuggestFromHelpfulAnswerAsync(question, "ruou-thoihan", TestContext.Current.CancellationToken));
    }
}
