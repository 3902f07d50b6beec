using System.Text;
using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Reporting;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Ingest.Tests.Pipeline;

/// <summary>Each bad input named by the issue, in one folder with good files: each is reported with its reason and the run goes on.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task RunAsync_FolderWithBadFiles_ReportsEachReasonAndIngestsTheRest()
    {
        await using var harness = await IngestHarness.CreateAsync();
        Fixtures.WriteSamples(harness.Sources);
        var bad = Path.Combine(harness.Sources, "loi");
        Directory.CreateDirectory(bad);
        File.WriteAllBytes(Path.Combine(bad, "hong.docx"), Encoding.ASCII.GetBytes("PK\u0003\u0004 broken"));
        File.WriteAllBytes(Path.Combine(bad, "hong.xlsx"), Encoding.ASCII.GetBytes("not a workbook"));
        File.WriteAllBytes(Path.Combine(bad, "hong.pdf"), Encoding.ASCII.GetBytes("%PDF-1.4\ngarbage"));
        File.Copy(Fixtures.Committed("password-protected.docx"), Path.Combine(bad, "mat-khau.docx"));
        File.Copy(Fixtures.Committed("password-protected.xlsx"), Path.Combine(bad, "mat-khau.xlsx"));
        File.Copy(Fixtures.Committed("password-protected.pdf"), Path.Combine(bad, "mat-khau.pdf"));
        File.WriteAllBytes(Path.Combine(bad, "rong.docx"), []);
        File.WriteAllBytes(Path.Combine(bad, "rong.txt"), []);
        Fixtures.WriteScannedPdf(Path.Combine(bad, "ban-scan.pdf"));
        CorpusWriter.WriteXlsx(Path.Combine(bad, "khong-cau-hoi.xlsx"), "Sheet1", [["Tên", "Địa chỉ"], ["A", "B"]]);
        File.WriteAllBytes(Path.Combine(bad, "sai-ma.csv"), Encoding.Unicode.GetBytes("Câu hỏi,Trả lời\nA,B\n"));
        File.WriteAllText(Path.Combine(bad, "ghi-chu.odt"), "unsupported");

        var report = await harness.IngestAsync();

        string ReasonOf(string file) => report.Sources.Single(s => s.Path.EndsWith(file, StringComparison.Ordinal)).Reason!;
        Assert.StartsWith("corrupt DOCX", ReasonOf("hong.docx"), StringComparison.Ordinal);
        Assert.StartsWith("corrupt XLSX", ReasonOf("hong.xlsx"), StringComparison.Ordinal);
        Assert.Matches("^(corrupt PDF|no text layer)", ReasonOf("hong.pdf"));
        Assert.StartsWith("password-protected DOCX", ReasonOf("mat-khau.docx"), StringComparison.Ordinal);
        Assert.StartsWith("password-protected XLSX", ReasonOf("mat-khau.xlsx"), StringComparison.Ordinal);
        Assert.StartsWith("password-protected PDF", ReasonOf("mat-khau.pdf"), StringComparison.Ordinal);
        Assert.Equal("empty file", ReasonOf("rong.docx"));
        Assert.Equal("empty file", ReasonOf("rong.txt"));
        Assert.StartsWith("no text layer", ReasonOf("ban-scan.pdf"), StringComparison.Ordinal);
        Assert.StartsWith("no question column", ReasonOf("khong-cau-hoi.xlsx"), StringComparison.Ordinal);
        Assert.Contains("unsupported encoding", ReasonOf("sai-ma.csv"), StringComparison.Ordinal);
        Assert.Equal(11, report.Failed);
        Assert.Equal(4, report.Added);
        Assert.Equal(2, report.ExitCode);
        Assert.Contains(report.Ignored, f => f.EndsWith("ghi-chu.odt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_DocxTypedInTcvn3Font_ConvertsToUnicodeAndSaysSo()
    {
        await using var harness = await IngestHarness.CreateAsync();
        CorpusWriter.WriteDocx(harness.PathOf("cong-van-cu.docx"),
        [
            "Bé C«ng Th\u00AD¬ng",
            "Sè: 77/BCT-QLTT",
            "§iÒu 1. Qu¶n lý chî h¹ng 3",
            "C¸c x· qu¶n lý chî h¹ng 3 trªn ®Þa bµn.",
        ]);

        var report = await harness.IngestAsync();

        var source = Assert.Single(report.Sources);
        Assert.Equal(SourceOutcome.Added, source.Outcome);
        Assert.Contains(source.Notes, n => n.Contains("Tcvn3", StringComparison.Ordinal));
        Assert.Equal("77/BCT-QLTT", source.DocumentNumber);
        var chunk = Assert.Single(source.Chunks, c => c.Locator == "Điều 1");
        var entry = await harness.Bank.Store.GetAsync(chunk.EntryId, TestContext.Current.CancellationToken);
        Assert.Equal("Các xã quản lý chợ hạng 3 trên địa bàn.", entry!.Body.Split('\n')[^1]);
        Assert.Equal(EntryKind.Guidance, entry.Kind);
    }

    [Fact]
    public async Task RunAsync_FileOverTheSizeLimit_RejectedWithoutReading()
    {
        await using var harness = await IngestHarness.CreateAsync(new() { ["Ingest:MaxFileBytes"] = "1000" });
        Fixtures.WriteSamples(harness.Sources);

        var report = await harness.IngestAsync();

        var pdf = Assert.Single(report.Sources, s => s.Path.EndsWith(SampleCorpus.GuidanceFile, StringComparison.Ordinal));
        Assert.Equal(SourceOutcome.Failed, pdf.Outcome);
        Assert.StartsWith("file too large", pdf.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingPathAndUnsupportedFile_ReportedAsFailures()
    {
        await using var harness = await IngestHarness.CreateAsync();
        var odt = harness.PathOf("ghi-chu.odt");
        File.WriteAllText(odt, "x");

        var report = await harness.IngestAsync(new([Path.Combine(harness.Root, "khong-co"), odt]));

        Assert.Equal(2, report.Failed);
        Assert.Contains(report.Sources, s => s.Reason!.StartsWith("not found", StringComparison.Ordinal));
        Assert.Contains(report.Sources, s => s.Reason!.StartsWith("unsupported format '.odt'", StringComparison.Ordinal));
    }
}
