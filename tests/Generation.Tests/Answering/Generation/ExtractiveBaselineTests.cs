using System.Text.Json;
using MoitBot.Bot.Demo;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Tests;

namespace MoitBot.Generation.Tests.Answering.Generation;

/// <summary>
/// With no model configured, answers must be exactly what the extractive pipeline gave before
/// generation existed. extractive-baseline.json was recorded with MOITBOT_RECORD_BASELINE=1 from
/// the extractive pipeline; this test compares every field. When retrieval or confidence is tuned
/// on purpose, re-record it and review the diff in the same commit.
/// </summary>
public sealed class ExtractiveBaselineTests
{
    private static readonly JsonSerializerOptions Indented = new(KnowledgeJson.Options) { WriteIndented = true };
    private static readonly string BaselinePath = RepositoryPaths.Combine("tests", "Generation.Tests", "Answering", "Generation", "extractive-baseline.json");

    [Fact]
    public async Task AskAsync_NoModelConfigured_AnswersIdenticalToPreGenerationBaseline()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await TestBank.CreateAsync(DemoBankSeeder.Load());
        var service = test.Get<AnswerService>();
        var actual = new List<BaselineAnswer>();
        foreach (var question in Questions())
        {
            actual.Add(BaselineAnswer.From(question, await service.AskAsync(question, ct)));
        }

        var json = JsonSerializer.Serialize(actual, Indented);
        if (Environment.GetEnvironmentVariable("MOITBOT_RECORD_BASELINE") == "1")
        {
            await File.WriteAllTextAsync(BaselinePath, json, ct);
            Assert.Skip("Baseline recorded.");
        }

        var expected = await File.ReadAllTextAsync(BaselinePath, ct);
        Assert.Equal(expected.ReplaceLineEndings(), json.ReplaceLineEndings());
    }

    [Fact]
    public async Task AskAsync_NoModelConfiguredWithPreviousQuestion_PreviousQuestionIgnored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var service = test.Get<AnswerService>();

        var plain = await service.AskAsync("giấy phép bán lẻ rượu có thời hạn bao lâu", ct);
        var followUp = await service.AskAsync("giấy phép bán lẻ rượu có thời hạn bao lâu", "điều kiện cửa hàng xăng dầu", ct);

        Assert.Equal(
            JsonSerializer.Serialize(BaselineAnswer.From("q", plain), Indented),
            JsonSerializer.Serialize(BaselineAnswer.From("q", followUp), Indented));
        Assert.Null(followUp.Generation);
        Assert.Empty(await test.Get<MoitBot.Knowledge.Answering.Generation.GenerationRecorder>().ListRecentAsync(1, ct));
    }

    private static IEnumerable<string> Questions()
    {
        foreach (var line in File.ReadLines(RepositoryPaths.Combine("tests", "golden", "demo.jsonl")).Where(l => l.Trim().Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            yield return document.RootElement.GetProperty("question").GetString()!;
        }

        yield return "giay phep ban le ruou can ho so gi";
        yield return "thu tuc cap giay phep ban le ruou";
        yield return "xa co duoc cap giay phep ban buon ruou khong";
        yield return "ai chịu trách nhiệm quản lý chợ trên địa bàn xã";
        yield return "   ";
        yield return "😀😀😀";
    }

    private sealed record BaselineAnswer(
        string Question, string Text, AnswerOutcome Outcome, IReadOnlyList<Citation> Citations, double Confidence, bool Escalate,
        string? Field, string? Department, bool InvolvesLegalDepartment, IReadOnlyList<string> Sources, IReadOnlyList<string> Retrieved)
    {
        public static BaselineAnswer From(string question, Answer a) => new(
            question, a.Text, a.Outcome, a.Citations, a.Confidence, a.Escalate, a.Field?.Code, a.Department?.Code,
            a.InvolvesLegalDepartment, a.Sources.Select(s => s.Id).ToList(), a.Retrieved.Select(s => s.Id).ToList());
    }
}
