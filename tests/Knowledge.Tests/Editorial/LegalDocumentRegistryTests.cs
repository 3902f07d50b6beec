using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Knowledge.Tests.Editorial;

public sealed class LegalDocumentRegistryTests
{
    [Fact]
    public async Task SetStatusAsync_Repealed_FlagsEveryEntryCitingIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());
        var registry = bank.Get<LegalDocumentRegistry>();
        await registry.ImportFromBankAsync("test", ct);

        var flagged = await registry.SetStatusAsync("105/2017/NĐ-CP", LegalDocumentStatus.Repealed, new DateOnly(2026, 1, 1), null, "bientap.an", ct);

        // ruou-nhap is a draft citing it too: drafts are reviewed as well.
        Assert.Equal(["ruou-hoso", "ruou-nhap", "ruou-thoihan"], flagged);
        var record = await bank.Get<EditorialStore>().GetAsync("ruou-hoso", ct);
        Assert.Contains("105/2017/NĐ-CP", record!.Flag, StringComparison.Ordinal);
        Assert.True(record.IsOverdue(DateOnly.FromDateTime(DateTime.UtcNow)));
        var audit = await bank.Get<AuditLog>().ListAsync(AuditRecord.EntrySubject, "ruou-hoso", ct);
        Assert.Contains(audit, a => a.Action == EditorialAction.Flagged && a.Actor == "bientap.an");
        var overdue = await bank.Get<ReviewList>().ListAsync(new QueueFilter { View = QueueView.Overdue }, ct);
        Assert.Equal(["ruou-hoso", "ruou-thoihan"], overdue.Select(i => i.Entry.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SetStatusAsync_Amended_FlagsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());
        var registry = bank.Get<LegalDocumentRegistry>();
        await registry.ImportFromBankAsync("test", ct);

        var flagged = await registry.SetStatusAsync("105/2017/NĐ-CP", LegalDocumentStatus.Amended, null, null, "bientap.an", ct);

        Assert.Empty(flagged);
    }

    [Fact]
    public async Task SetStatusAsync_Replaced_AnswerCitationSaysNoLongerInForce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());
        var registry = bank.Get<LegalDocumentRegistry>();
        await registry.ImportFromBankAsync("test", ct);
        var answers = bank.Get<AnswerService>();
        var before = await answers.AskAsync("Giấy phép bán lẻ rượu có thời hạn bao lâu?", ct);
        Assert.DoesNotContain(before.Citations, c => c.Title.Contains("hết hiệu lực", StringComparison.Ordinal));

        await registry.SetStatusAsync("105/2017/nđ-cp", LegalDocumentStatus.Replaced, null, "99/2026/NĐ-CP", "bientap.an", ct);
        var after = await answers.AskAsync("Giấy phép bán lẻ rượu có thời hạn bao lâu?", ct);

        var citation = Assert.Single(after.Citations, c => c.DocumentNumber == "105/2017/NĐ-CP");
        Assert.EndsWith(LegalValidity.NotInForceSuffix, citation.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetStatusAsync_BackInForce_CitationLosesTheMark()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());
        var registry = bank.Get<LegalDocumentRegistry>();
        await registry.SetStatusAsync("105/2017/NĐ-CP", LegalDocumentStatus.Repealed, null, null, "a", ct);

        await registry.SetStatusAsync("105/2017/NĐ-CP", LegalDocumentStatus.InForce, null, null, "a", ct);

        Assert.True(bank.Get<LegalValidity>().IsInForce("105/2017/NĐ-CP"));
    }

    [Fact]
    public async Task FindUnknownAsync_MixedReferences_ReturnsOnlyUnknownNumbers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());
        var registry = bank.Get<LegalDocumentRegistry>();
        await registry.ImportFromBankAsync("test", ct);

        var unknown = await registry.FindUnknownAsync([new LegalReference { DocumentNumber = "105/2017/ND-CP" }, new LegalReference { DocumentNumber = "12/2030/TT-BCT" }], ct);

        Assert.Equal(["12/2030/TT-BCT"], unknown);
    }

    [Fact]
    public async Task SaveAsync_NotADocumentNumber_Throws()
    {
        await using var bank = await TestBank.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => bank.Get<LegalDocumentRegistry>().SaveAsync(
            new LegalDocument { Key = "x", Number = "không phải số hiệu" }, "a", TestContext.Current.CancellationToken));
    }
}
