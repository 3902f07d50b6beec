using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Answering.Generation;
using MoitBot.Knowledge.Tests;

namespace MoitBot.Generation.Tests.Answering.Generation;

/// <summary>AnswerService with a model behind the real Semantic Kernel connector, over HTTP to a scripted server.</summary>
public sealed class GroundedAnswerTests
{
    private const string LicenceQuestion = "giay phep ban le ruou can ho so gi";
    private const string LicenceTitle = "Hồ sơ đề nghị cấp giấy phép bán lẻ rượu gồm những gì?";
    private const string LicenceBody = "Hồ sơ gồm đơn đề nghị cấp giấy phép bán lẻ rượu, bản sao giấy chứng nhận đăng ký kinh doanh và bản cam kết bảo đảm điều kiện về địa điểm kinh doanh.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AskAsync_ModelCitesRetrievedSource_SendsModelAnswerWithCitationsOfThatSourceOnly()
    {
        await using var server = await ScriptedModelServer.StartAsync(r =>
            ScriptedReply.Completion($"Hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận đăng ký kinh doanh, theo Điều 25 Nghị định 105/2017/NĐ-CP [{r.SourceNumber(LicenceTitle)}]."));
        await using var test = await ModelBank.CreateAsync(server);

        var answer = await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        Assert.Equal(GenerationOutcome.Accepted, answer.Generation);
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.False(answer.Escalate);
        Assert.Equal("Hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận đăng ký kinh doanh, theo Điều 25 Nghị định 105/2017/NĐ-CP [1].", answer.Text);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(("ruou-hoso", "105/2017/NĐ-CP", "Điều 25"), (citation.EntryId, citation.DocumentNumber, citation.Article));
        Assert.Equal("ruou-hoso", Assert.Single(answer.Sources).Id);
        Assert.True(server.Requests[0].SourceCount > 1, "several sources were offered, only the cited one is kept");
    }

    [Fact]
    public async Task AskAsync_ModelCalled_RequestCarriesTemperatureZeroSeedKeyAndDelimiters()
    {
        await using var server = await ScriptedModelServer.StartAsync();
        await using var test = await ModelBank.CreateAsync(server);

        await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        var request = Assert.Single(server.Requests);
        Assert.Equal(0, request.Temperature);
        Assert.Equal(20250701, request.Seed);
        Assert.Equal("test-model", request.Model);
        Assert.Equal("Bearer test-key", request.Authorization);
        Assert.Contains("KHÔNG ĐỦ CĂN CỨ", request.System, StringComparison.Ordinal);
        Assert.Contains("<nguon id=\"1\">", request.User, StringComparison.Ordinal);
        Assert.Contains($"<cau_hoi>{LicenceQuestion}</cau_hoi>", request.User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_CitationSevenWithFourSources_FallsBackToExtractive()
    {
        await using var server = await ScriptedModelServer.StartAsync(_ => ScriptedReply.Completion("Hồ sơ gồm đơn đề nghị [7]."));
        await using var test = await ModelBank.CreateAsync(server, settings: new() { ["Answering:RetrievedEntries"] = "4" });

        var answer = await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        Assert.Equal(4, Assert.Single(server.Requests).SourceCount);
        Assert.Equal(GenerationOutcome.InvalidCitation, answer.Generation);
        AssertExtractiveLicenceAnswer(answer);
        var record = Assert.Single(await test.Get<GenerationRecorder>().ListRecentAsync(10, Ct));
        Assert.Equal(("answer", "InvalidCitation", 4, 0), (record.Kind, record.Outcome, record.SourcesSent, record.SourcesCited));
    }

    [Theory]
    [InlineData("Hồ sơ gồm đơn đề nghị theo Nghị định 123/2021/NĐ-CP [{0}].")]
    [InlineData("Hồ sơ gồm đơn đề nghị theo Điều 99 Nghị định 105/2017/NĐ-CP [{0}].")]
    [InlineData("Hồ sơ gồm đơn đề nghị theo Thông tư 67/2013/NĐ-CP [{0}].")]
    public async Task AskAsync_NumberNotInCitedSource_FallsBackToExtractive(string reply)
    {
        await using var server = await ScriptedModelServer.StartAsync(r => ScriptedReply.Completion(string.Format(System.Globalization.CultureInfo.InvariantCulture, reply, r.SourceNumber(LicenceTitle))));
        await using var test = await ModelBank.CreateAsync(server);

        var answer = await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        Assert.Equal(GenerationOutcome.UnknownNumber, answer.Generation);
        AssertExtractiveLicenceAnswer(answer);
    }

    [Fact]
    public async Task AskAsync_AnswerCitesNothing_FallsBackToExtractive()
    {
        await using var server = await ScriptedModelServer.StartAsync(_ => ScriptedReply.Completion("Hồ sơ gồm đơn đề nghị và giấy chứng nhận đăng ký kinh doanh."));
        await using var test = await ModelBank.CreateAsync(server);

        var answer = await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        Assert.Equal(GenerationOutcome.NoCitation, answer.Generation);
        AssertExtractiveLicenceAnswer(answer);
    }

    [Theory]
    [InlineData("KHÔNG ĐỦ CĂN CỨ")]
    [InlineData("**Không đủ căn cứ** để trả lời câu hỏi này.")]
    public async Task AskAsync_ModelSaysNotEnough_EscalatesNamingDepartment(string reply)
    {
        await using var server = await ScriptedModelServer.StartAsync(_ => ScriptedReply.Completion(reply));
        await using var test = await ModelBank.CreateAsync(server);

        var answer = await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        Assert.Equal(GenerationOutcome.NotEnough, answer.Generation);
        Assert.Equal(AnswerOutcome.NoGuidance, answer.Outcome);
        Assert.True(answer.Escalate);
        Assert.Empty(answer.Citations);
        Assert.Equal("Cục Quản lý và Phát triển thị trường trong nước", answer.Department?.Name);
        Assert.Contains("Chưa tìm thấy hướng dẫn", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Department!.Name, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ServerSlowerThanTimeout_FallsBackToExtractive()
    {
        await using var server = await ScriptedModelServer.StartAsync(_ => ScriptedReply.Completion("Quá muộn [1].", TimeSpan.FromMinutes(2)));
        await using var test = await ModelBank.CreateAsync(server, settings: new() { ["Llm:Timeout"] = "00:00:00.300" });

        var answer = await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        Assert.Equal(GenerationOutcome.Timeout, answer.Generation);
        AssertExtractiveLicenceAnswer(answer);
    }

    public static TheoryData<int, string> BrokenReplies => new()
    {
        { 500, """{"error":{"message":"internal error","type":"server_error"}}""" },
        { 200, "{ this is not json" },
        { 200, """{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":""},"finish_reason":"stop"}]}""" },
        { 200, """{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[]}""" },
        { 200, "" },
    };

    [Theory]
    [MemberData(nameof(BrokenReplies))]
    public async Task AskAsync_MalformedOrEmptyReply_FallsBackWithoutException(int status, string body)
    {
        await using var server = await ScriptedModelServer.StartAsync(_ => ScriptedReply.Raw(status, body));
        await using var test = await ModelBank.CreateAsync(server);

        var answer = await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        Assert.Equal(GenerationOutcome.Error, answer.Generation);
        AssertExtractiveLicenceAnswer(answer);
    }

    [Fact]
    public async Task AskAsync_ModelAnswers_RecordsTokensLatencyAndOutcome()
    {
        await using var server = await ScriptedModelServer.StartAsync(r => ScriptedReply.Completion($"Hồ sơ gồm đơn đề nghị [{r.SourceNumber(LicenceTitle)}]."));
        await using var test = await ModelBank.CreateAsync(server);

        await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        var record = Assert.Single(await test.Get<GenerationRecorder>().ListRecentAsync(10, Ct));
        Assert.Equal(("answer", "test-model", "Accepted", ScriptedReply.PromptTokens, ScriptedReply.CompletionTokens, 1),
            (record.Kind, record.Model, record.Outcome, record.PromptTokens, record.CompletionTokens, record.SourcesCited));
        Assert.True(record.LatencyMs >= 0);
    }

    [Fact]
    public async Task AskAsync_CallsPerMinuteExhausted_ExtractiveWithoutCallingModel()
    {
        await using var server = await ScriptedModelServer.StartAsync(r => ScriptedReply.Completion($"Hồ sơ gồm đơn đề nghị [{r.SourceNumber(LicenceTitle)}]."));
        await using var test = await ModelBank.CreateAsync(server, settings: new() { ["Llm:MaxCallsPerMinute"] = "1" });
        var service = test.Get<AnswerService>();

        var first = await service.AskAsync(LicenceQuestion, Ct);
        var second = await service.AskAsync(LicenceQuestion, Ct);

        Assert.Equal(GenerationOutcome.Accepted, first.Generation);
        Assert.Equal(GenerationOutcome.RateLimited, second.Generation);
        AssertExtractiveLicenceAnswer(second);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AskAsync_NothingRetrieved_DoesNotCallModel()
    {
        await using var server = await ScriptedModelServer.StartAsync();
        await using var test = await ModelBank.CreateAsync(server, entries: []);

        var answer = await test.Get<AnswerService>().AskAsync(LicenceQuestion, Ct);

        Assert.Empty(server.Requests);
        Assert.Null(answer.Generation);
        Assert.True(answer.Escalate);
    }

    private static void AssertExtractiveLicenceAnswer(Answer answer)
    {
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Equal(LicenceBody, answer.Text);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(("ruou-hoso", "105/2017/NĐ-CP"), (citation.EntryId, citation.DocumentNumber));
    }
}
