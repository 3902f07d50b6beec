using MoitBot.Bench.Officials;

namespace MoitBot.Bench.Tests.Officials;

/// <summary>
/// The test split of tests/officials/demo-bank.jsonl through a fresh bank (demo bank + sample
/// folders through the real ingest) and the real AnswerService at the configured
/// Answering:ConfidenceThreshold (0.55 in src/Bot/appsettings.json).
/// Measured on 2026-12-05, offline (no model, hashing embeddings), 94 questions: right 64.9%
/// (61), wrong-confident 8.5% of the questions (8, of 35 confident answers: 22.9%), abstained 26.6%.
/// Six of the eight wrong answers are follow-ups ("xa duoc lam gi") that the extractive path
/// answers alone, without the previous question, at full confidence.
/// </summary>
public sealed class OfficialsRegressionTests
{
    private const double RightFloor = 0.60;
    private const double WrongConfidentCeiling = 0.11;
    private const double WrongConfidentGoal = 0.02;

    [Fact]
    public async Task TestSplit_ConfiguredThreshold_NoWorseThanMeasured()
    {
        var (summary, wrong) = await RunTestSplitAsync();

        Assert.True(summary.RightShare >= RightFloor, $"right {summary.RightShare:P1} < floor {RightFloor:P0}");
        Assert.True(summary.WrongConfidentShare <= WrongConfidentCeiling, $"wrong-confident {summary.WrongConfidentShare:P1} > {WrongConfidentCeiling:P0}: {wrong}");
    }

    [Fact(Skip = "Goal of issue 13 not met yet: 22.9% of confident answers were wrong on 2026-12-05 (follow-ups answered without their previous question); enable when it is.")]
    public async Task TestSplit_ConfiguredThreshold_WrongConfidentAtMostTwoPercentOfConfident()
    {
        var (summary, wrong) = await RunTestSplitAsync();

        Assert.True(summary.WrongOfConfident <= WrongConfidentGoal, $"wrong-confident {summary.WrongOfConfident:P1} of confident answers: {wrong}");
    }

    private static async Task<(OutcomeSummary Summary, string Wrong)> RunTestSplitAsync()
    {
        var layout = RepositoryLayout.Find(AppContext.BaseDirectory);
        var cases = OfficialsCaseLoader.LoadFile(Path.Combine(layout.Cases, "demo-bank.jsonl"), layout.Root).Where(c => c.Split == CaseForms.Test).ToList();
        var threshold = OfficialsBank.ConfiguredThreshold(layout);
        await using var bank = await OfficialsBank.CreateAsync(layout, answeringThreshold: null, TestContext.Current.CancellationToken);

        var results = await OfficialsRunner.RunAsync(bank, cases, TestContext.Current.CancellationToken);

        Assert.Empty(bank.IngestProblems);
        var wrong = string.Join("; ", results.Where(r => r.VerdictAt(threshold) == Verdict.WrongConfident).Select(r => $"{r.Case.Id} -> {r.AnsweredEntryId}"));
        return (OutcomeSummary.Of(CaseForms.Test, results, threshold), wrong);
    }
}
