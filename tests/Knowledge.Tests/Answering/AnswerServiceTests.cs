using MoitBot.Knowledge.Answering;

namespace MoitBot.Knowledge.Tests.Answering;

public sealed class AnswerServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AskAsync_UnaccentedQuestion_AnswersWithCitationOfRetrievedEntry()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync("giay phep ban le ruou can ho so gi", Ct);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.False(answer.Escalate);
        Assert.Contains("đơn đề nghị", answer.Text, StringComparison.Ordinal);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal("ruou-hoso", citation.EntryId);
        Assert.Equal("105/2017/NĐ-CP", citation.DocumentNumber);
        Assert.Equal("Điều 25", citation.Article);
        Assert.Equal("Cục Quản lý và Phát triển thị trường trong nước", answer.Department?.Name);
        Assert.All(answer.Citations, c => Assert.Contains(answer.Retrieved, e => e.Id == c.EntryId));
    }

    [Fact]
    public async Task AskAsync_QuestionOutsideRemit_SaysSoWithoutGuessingDepartment()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync("thủ tục đăng ký kết hôn với người nước ngoài", Ct);

        Assert.Equal(AnswerOutcome.NoGuidance, answer.Outcome);
        Assert.True(answer.Escalate);
        Assert.Empty(answer.Citations);
        Assert.Contains("không thuộc phạm vi quản lý nhà nước của ngành Công Thương", answer.Text, StringComparison.Ordinal);
        Assert.Null(answer.Department);
    }

    [Theory]
    [InlineData("thủ tục đăng ký kết hôn")]
    [InlineData("thu tuc dang ky ket hon")]
    [InlineData("giá vàng hôm nay")]
    public async Task AskAsync_WordsThatFoldLikeBankWords_NotConfident(string question)
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync(question, Ct);

        Assert.True(answer.Escalate);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("giya phep ban le ruou co thoi han bao lau")]
    [InlineData("giay phpe ban le ruou thoi han bao lau")]
    [InlineData("giay phep ban le ruou co tohi han bao lau")]
    [InlineData("thoi han giay phep ban le ruuo")]
    public async Task AskAsync_UnaccentedQuestionWithSwappedLetters_StillAnswered(string question)
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync(question, Ct);

        Assert.False(answer.Escalate);
        Assert.Equal("ruou-thoihan", answer.Citations[0].EntryId);
    }

    [Theory]
    [InlineData("quản lý nghĩa trang", false)]
    [InlineData("xã quản lý nghĩa trang thế nào", false)]
    [InlineData("thương nhân có nghĩa vụ gì với trang thông tin điện tử bán hàng", true)]
    public async Task AskAsync_QuestionWordsFoundOnlyApartInTheEntry_NotConfident(string question, bool answered)
    {
        // The entry has "nghĩa", "trang", "quản lý" and "nhân dân", but "nghĩa" only in "nghĩa vụ" and
        // "trang" only in "trang thông tin".
        await using var test = await TestBank.CreateAsync(
        [
            .. TestBank.SampleEntries(),
            TestBank.Qa("tmdt-website", "thuong-mai-dien-tu", "Thương nhân có nghĩa vụ gì khi quản lý trang thông tin điện tử bán hàng?",
                "Thương nhân quản lý trang thông tin điện tử bán hàng có nghĩa vụ thông báo với Bộ Công Thương và công khai thông tin cho nhân dân."),
        ]);

        var answer = await test.Get<AnswerService>().AskAsync(question, Ct);

        Assert.Equal(answered, !answer.Escalate);
        Assert.Equal(answered, answer.Citations.Any(c => c.EntryId == "tmdt-website"));
    }

    [Fact]
    public async Task AskAsync_ElectricityQuestionWithoutGuidance_RoutesToElectricityDepartment()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync("giá điện mặt trời mái nhà bán lại cho EVN tính thế nào", Ct);

        Assert.True(answer.Escalate);
        Assert.Equal("Cục Điện lực", answer.Department?.Name);
    }

    [Fact]
    public async Task AskAsync_PolicyQuestion_NamesLegalDepartment()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync("kiến nghị sửa đổi cơ chế chính sách về phân cấp thẩm quyền cấp phép xăng dầu", Ct);

        Assert.True(answer.InvolvesLegalDepartment);
        if (answer.Escalate && answer.Department?.IsLegal == false)
        {
            Assert.Contains("Vụ Pháp chế", answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AskAsync_OnlyDraftMatches_NeverAnswersFromDraft()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync("bán lẻ rượu tiêu dùng tại chỗ cần gì", Ct);

        Assert.DoesNotContain(answer.Citations, c => c.EntryId == "ruou-nhap");
        Assert.DoesNotContain(answer.Retrieved, e => e.Id == "ruou-nhap");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀😀😀")]
    [InlineData("\u0301")]
    [InlineData("\u0000\u0001\u0002")]
    public async Task AskAsync_NoUsableText_ClearVietnameseMessage(string input)
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync(input, Ct);

        Assert.Equal(AnswerOutcome.InvalidQuestion, answer.Outcome);
        Assert.Matches("Bạn chưa nhập câu hỏi|Không nhận ra nội dung câu hỏi", answer.Text);
    }

    [Fact]
    public async Task AskAsync_HundredKilobytes_ClearVietnameseMessage()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync(new string('a', 100 * 1024), Ct);

        Assert.Equal(AnswerOutcome.InvalidQuestion, answer.Outcome);
        Assert.Contains("Câu hỏi quá dài", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\" * ( ) NEAR AND OR -")]
    [InlineData("rượu\" OR \"1\"=\"1")]
    [InlineData("'; DROP TABLE entries; --")]
    [InlineData("giấy phép 🍺 bán lẻ rượu 🍷")]
    [InlineData("<script>alert(1)</script> giấy phép rượu")]
    public async Task AskAsync_SyntaxCharactersAndEmoji_NormalAnswer(string input)
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var answer = await test.Get<AnswerService>().AskAsync(input, Ct);

        Assert.NotEqual(string.Empty, answer.Text);
        Assert.Equal(7, await test.Bank.Store.CountAsync(Ct));
    }
}
