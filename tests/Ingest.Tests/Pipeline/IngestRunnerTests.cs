using Microsoft.Extensions.DependencyInjection;
using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Pipeline;
using MoitBot.Ingest.Reporting;
using MoitBot.Ingest.Storage;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Ingest.Tests.Pipeline;

public sealed class IngestRunnerTests
{
    [Fact]
    public async Task RunAsync_SampleFolder_AnswersCiteTheFixtureDownToTheClause()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);

        var report = await harness.IngestAsync();

        Assert.Equal(4, report.Added);
        Assert.Equal(0, report.Failed);
        var relations = await harness.Services.GetRequiredService<SourceLedger>().GetRelationsAsync(TestContext.Current.CancellationToken);
        Assert.Equal([("45/2026/NĐ-CP", "replaces", "88/2015/NĐ-CP")], relations);
        var (answers, botEmbedder) = await harness.OpenBotAsync();
        Assert.Equal(0, botEmbedder.Calls);
        var ct = TestContext.Current.CancellationToken;

        var decree = await answers.AskAsync("Cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai có diện tích dưới 50 mét vuông phải trang bị bao nhiêu bình chữa cháy?", ct);
        Assert.Equal(AnswerOutcome.Answered, decree.Outcome);
        var decreeCitation = Assert.Single(decree.Citations);
        Assert.Equal("45/2026/NĐ-CP", decreeCitation.DocumentNumber);
        Assert.Equal("Điều 5, Khoản 2", decreeCitation.Article);
        Assert.Contains("02 bình", decree.Text, StringComparison.Ordinal);

        var guidance = await answers.AskAsync("Aptomat riêng của mỗi ki-ốt trong chợ có dòng định mức tối đa bao nhiêu ampe?", ct);
        Assert.Equal(AnswerOutcome.Answered, guidance.Outcome);
        Assert.Equal("312/HD-SCT", guidance.Citations[0].DocumentNumber);
        Assert.Equal("Điều 2, Khoản 3", guidance.Citations[0].Article);
        Assert.Contains("trang 2", guidance.Sources[0].Locator, StringComparison.Ordinal);

        var pastAnswer = await answers.AskAsync("Hộ kinh doanh bán rượu thủ công tại nhà có phải kê khai sản lượng với xã không?", ct);
        Assert.Equal(AnswerOutcome.Answered, pastAnswer.Outcome);
        Assert.Contains("mỗi quý một lần", pastAnswer.Text, StringComparison.Ordinal);
        Assert.Equal("Điều 8, Khoản 2", pastAnswer.Citations[0].Article);
    }

    [Fact]
    public async Task RunAsync_QaNotMarkedOfficial_EntersAsDraftsTheBotDoesNotServe()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);

        var report = await harness.IngestAsync();

        var csv = Assert.Single(report.Sources, s => s.Path.EndsWith(SampleCorpus.QaCsvFile, StringComparison.Ordinal));
        Assert.All(csv.Chunks, c => Assert.Equal(nameof(EntryStatus.Draft), c.Status));
        var (answers, _) = await harness.OpenBotAsync();
        var answer = await answers.AskAsync("Ai cấp phép cho cụm công nghiệp làng nghề mây tre đan ở xã Đồng Vọng?", TestContext.Current.CancellationToken);
        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
    }

    [Fact]
    public async Task RunAsync_OfficialOption_EntersQaAsApproved()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);

        var report = await harness.IngestAsync(new IngestRequest([harness.PathOf(SampleCorpus.QaCsvFile)]) { Official = true });

        var csv = Assert.Single(report.Sources);
        Assert.All(csv.Chunks, c => Assert.Equal(nameof(EntryStatus.Approved), c.Status));
    }

    [Fact]
    public async Task RunAsync_FieldOption_AppliesToSourcesWithoutSidecarField()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);

        var report = await harness.IngestAsync(new IngestRequest([harness.Sources]) { Field = "dien-luc" });

        Assert.All(report.Sources.Single(s => s.Path.EndsWith(SampleCorpus.QaWorkbookFile, StringComparison.Ordinal)).Chunks, c => Assert.Equal("dien-luc", c.Field));
        Assert.All(report.Sources.Single(s => s.Path.EndsWith(SampleCorpus.DecreeFile, StringComparison.Ordinal)).Chunks, c => Assert.Equal("xang-dau", c.Field));
    }

    [Fact]
    public async Task RunAsync_SecondRunWithoutChanges_ReportsAllUnchangedAndEmbedsNothing()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);
        await harness.IngestAsync();
        var entriesAfterFirst = await harness.Bank.Store.CountAsync(TestContext.Current.CancellationToken);
        harness.Embedder.Reset();

        var second = await harness.IngestAsync();

        Assert.Equal(4, second.Unchanged);
        Assert.Equal(0, second.Added + second.Updated + second.Retired + second.Failed);
        Assert.Equal(0, harness.Embedder.Calls);
        Assert.Equal(entriesAfterFirst, await harness.Bank.Store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_OneFileEdited_ReembedsOnlyThatFilesChangedChunks()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);
        await harness.IngestAsync();
        harness.Embedder.Reset();
        var rows = SampleCorpus.QaRows.Select(r => (IReadOnlyList<string>)r.ToList()).ToList();
        rows[2] = [.. rows[2].Take(1), "Hộ kinh doanh kê khai sản lượng rượu thủ công mỗi tháng một lần với Ủy ban nhân dân cấp xã.", .. rows[2].Skip(2)];
        CorpusWriter.WriteXlsx(harness.PathOf(SampleCorpus.QaWorkbookFile), "Hỏi đáp 2026", rows);

        var report = await harness.IngestAsync();

        Assert.Equal(1, report.Updated);
        Assert.Equal(3, report.Unchanged);
        var updated = Assert.Single(report.Sources, s => s.Outcome == SourceOutcome.Updated);
        Assert.Equal(["updated", "unchanged"], updated.Chunks.Select(c => c.Change).Order(StringComparer.Ordinal).Reverse());
        var embedded = Assert.Single(harness.Embedder.Texts);
        Assert.Contains("mỗi tháng một lần", embedded, StringComparison.Ordinal);
        var (answers, _) = await harness.OpenBotAsync();
        var answer = await answers.AskAsync("Hộ kinh doanh bán rượu thủ công tại nhà có phải kê khai sản lượng với xã không?", TestContext.Current.CancellationToken);
        Assert.Contains("mỗi tháng một lần", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ArticleRemovedFromDecree_RetiresItsEntry()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);
        await harness.IngestAsync();
        var lines = SampleCorpus.DecreeLines.Where(l => !l.StartsWith("3. Tổng lượng", StringComparison.Ordinal)).ToList();
        CorpusWriter.WriteDocx(harness.PathOf(SampleCorpus.DecreeFile), lines);

        var report = await harness.IngestAsync();

        var decree = Assert.Single(report.Sources, s => s.Outcome == SourceOutcome.Updated);
        var retired = Assert.Single(decree.Chunks, c => c.Change == "retired");
        Assert.Equal("Điều 5, Khoản 3", retired.Locator);
        Assert.Equal(EntryStatus.Retired, (await harness.Bank.Store.GetAsync(retired.EntryId, TestContext.Current.CancellationToken))!.Status);
    }

    [Fact]
    public async Task RunAsync_FileGoneWithoutPrune_ReportsMissingAndKeepsEntries()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);
        var first = await harness.IngestAsync();
        File.Delete(harness.PathOf(SampleCorpus.GuidanceFile));

        var report = await harness.IngestAsync();

        var missing = Assert.Single(report.Sources, s => s.Outcome == SourceOutcome.Missing);
        Assert.Contains("--prune", missing.Reason, StringComparison.Ordinal);
        var guidanceEntry = first.Sources.Single(s => s.Path.EndsWith(SampleCorpus.GuidanceFile, StringComparison.Ordinal)).Chunks[0].EntryId;
        Assert.Equal(EntryStatus.Approved, (await harness.Bank.Store.GetAsync(guidanceEntry, TestContext.Current.CancellationToken))!.Status);
    }

    [Fact]
    public async Task RunAsync_FileGoneWithPrune_RetiresItsEntriesFromTheBank()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);
        var first = await harness.IngestAsync();
        File.Delete(harness.PathOf(SampleCorpus.GuidanceFile));

        var report = await harness.IngestAsync(new IngestRequest([harness.Sources]) { Prune = true });

        var retired = Assert.Single(report.Sources, s => s.Outcome == SourceOutcome.Retired);
        var ids = first.Sources.Single(s => s.Path.EndsWith(SampleCorpus.GuidanceFile, StringComparison.Ordinal)).Chunks.Select(c => c.EntryId).ToList();
        Assert.Equal(ids.Count, retired.Chunks.Count);
        var entries = await harness.Bank.Store.GetManyAsync(ids, TestContext.Current.CancellationToken);
        Assert.All(entries, e => Assert.Equal(EntryStatus.Retired, e.Status));
        var (answers, _) = await harness.OpenBotAsync();
        var answer = await answers.AskAsync("Aptomat riêng của mỗi ki-ốt trong chợ có dòng định mức tối đa bao nhiêu ampe?", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(answer.Citations, c => c.DocumentNumber == "312/HD-SCT");
    }

    [Fact]
    public async Task RunAsync_DryRun_ReportsChangesButWritesNothing()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);

        var dry = await harness.IngestAsync(new IngestRequest([harness.Sources]) { DryRun = true });

        Assert.True(dry.DryRun);
        Assert.Equal(4, dry.Added);
        Assert.True(dry.ChunksAdded > 10);
        Assert.Equal(0, await harness.Bank.Store.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, harness.Embedder.Calls);
        var real = await harness.IngestAsync();
        Assert.Equal(4, real.Added);
    }

    [Fact]
    public async Task RunAsync_CancelledAfterFirstSource_LeavesConsistentBankAndResumes()
    {
        await using var harness = await IngestHarness.CreateAsync(new() { ["Ingest:BatchEntries"] = "1" });
        Fixtures.WriteSamples(harness.Sources);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var progress = new CancelAfter(2, cancellation);

        var partial = await harness.IngestAsync(progress: progress, cancellationToken: cancellation.Token);

        Assert.True(partial.Cancelled);
        var saved = await harness.Bank.Store.CountAsync(TestContext.Current.CancellationToken);
        Assert.Equal(partial.ChunksAdded, saved);
        var resumed = await harness.IngestAsync();
        Assert.Equal(partial.Added, resumed.Unchanged);
        Assert.Equal(4 - partial.Added, resumed.Added);
        Assert.Equal(0, resumed.Failed);
    }

    [Fact]
    public async Task RunAsync_FieldsFromSidecarColumnAndText_EachChunkCarriesItsField()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);
        CorpusWriter.WriteDocx(harness.PathOf("cong-van-ruou.docx"),
        [
            "BỘ CÔNG THƯƠNG", "Số: 1234/BCT-TTTN", "V/v hướng dẫn cấp giấy phép bán lẻ rượu",
            "Kính gửi: Sở Công Thương các tỉnh",
            "Bộ Công Thương hướng dẫn việc cấp giấy phép bán lẻ rượu cho hộ kinh doanh tại xã như sau: hồ sơ nộp tại Ủy ban nhân dân cấp xã.",
        ]);

        var report = await harness.IngestAsync();

        string FieldsOf(string file) => string.Join(",", report.Sources.Single(s => s.Path.EndsWith(file, StringComparison.Ordinal)).Chunks.Select(c => c.Field).Distinct());
        Assert.Equal("xang-dau", FieldsOf(SampleCorpus.DecreeFile));
        Assert.Equal("an-toan-thuc-pham,ruou", FieldsOf(SampleCorpus.QaWorkbookFile));
        Assert.Equal("ruou", FieldsOf("cong-van-ruou.docx"));
        var letter = report.Sources.Single(s => s.Path.EndsWith("cong-van-ruou.docx", StringComparison.Ordinal));
        Assert.Equal("Công văn", letter.DocumentType);
        Assert.Equal("1234/BCT-TTTN", letter.DocumentNumber);
    }

    private sealed class CancelAfter(int sources, CancellationTokenSource cancellation) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            if (value.Done >= sources)
            {
                cancellation.Cancel();
            }
        }
    }
}
