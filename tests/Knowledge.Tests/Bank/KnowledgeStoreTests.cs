using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Tests.Bank;

public sealed class KnowledgeStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_ChangedEntry_NewVersionAndHistoryKept()
    {
        await using var test = await TestBank.CreateAsync();
        var entry = TestBank.Qa("e1", "ruou", "Câu hỏi?", "Trả lời một.");
        var first = await test.Bank.SaveAsync(entry, "editor-a", Ct);
        var second = await test.Bank.SaveAsync(entry with { Body = "Trả lời hai." }, "editor-b", Ct);
        var unchanged = await test.Bank.SaveAsync(entry with { Body = "Trả lời hai." }, "editor-b", Ct);

        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Equal(2, unchanged.Version);
        var stored = await test.Bank.Store.GetAsync("e1", Ct);
        Assert.Equal("Trả lời hai.", stored?.Body);
    }

    [Fact]
    public async Task SaveAsync_RoundTrip_KeepsReferencesAndResponsibilities()
    {
        await using var test = await TestBank.CreateAsync();
        var entry = new KnowledgeEntry
        {
            Id = "h1",
            Kind = EntryKind.Handbook,
            Field = "ruou",
            Title = "Cấp giấy phép bán lẻ rượu",
            Body = "Phân cấp.",
            Status = EntryStatus.Approved,
            Responsibilities = new Responsibilities("Xã cấp phép", "Sở hướng dẫn", "Bộ ban hành"),
            References = [new LegalReference { DocumentNumber = "105/2017/NĐ-CP", IssuedOn = new DateOnly(2017, 9, 14), Article = "Điều 25", Clause = "Khoản 1", Point = "a" }],
        };
        await test.Bank.SaveAsync(entry, "t", Ct);
        var stored = await test.Bank.Store.GetAsync("h1", Ct);

        Assert.Equal(entry.Responsibilities, stored?.Responsibilities);
        Assert.Equal("Điều 25, Khoản 1, a", stored?.References[0].Locator);
        Assert.Equal(new DateOnly(2017, 9, 14), stored?.References[0].IssuedOn);
    }

    [Fact]
    public async Task FindCitingAsync_AnySpelling_FindsEntries()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var ids = await test.Bank.Store.FindCitingAsync("105/2017/ND-CP", Ct);
        Assert.Equal(["ruou-hoso", "ruou-nhap", "ruou-thoihan"], ids);
    }

    [Fact]
    public async Task MigrateAsync_RunTwice_Idempotent()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        await test.Get<SchemaMigrator>().MigrateAsync(Ct);
        Assert.Equal(7, await test.Bank.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task SaveAsync_NfdAndOldTonePlacement_StoredNormalized()
    {
        await using var test = await TestBank.CreateAsync();
        var saved = await test.Bank.SaveAsync(TestBank.Qa("n1", "dien-luc", "Thuỷ điện hoà lưới?".Normalize(System.Text.NormalizationForm.FormD), "Có."), "t", Ct);
        Assert.Equal("Thủy điện hòa lưới?", saved.Question);
    }

    [Fact]
    public async Task LoadVectorsAsync_SomeIds_ReturnsOnlyThose()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var model = test.Get<Microsoft.Extensions.Options.IOptions<Embeddings.EmbeddingsOptions>>().Value.CacheKey;

        var all = await test.Bank.Store.LoadVectorsAsync(model, cancellationToken: Ct);
        var some = await test.Bank.Store.LoadVectorsAsync(model, ["ruou-hoso", "xang-dieukien", "khong-co"], Ct);

        Assert.Equal(7, all.Count);
        Assert.Equal(["ruou-hoso", "xang-dieukien"], some.Keys.Order());
        Assert.Equal(all["ruou-hoso"].Vector, some["ruou-hoso"].Vector);
    }
}
