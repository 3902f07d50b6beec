using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Embeddings;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Knowledge.Tests.Retrieval;

/// <summary>
/// The behaviour every <see cref="IKnowledgeIndex"/> must show on the same corpus with the same
/// expected top results. Each implementation inherits it and supplies a fresh, empty index.
/// </summary>
public abstract class KnowledgeIndexContractTests
{
    private static readonly HashingEmbeddingGenerator Embedder = new();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SearchFilter EditorFilter => new() { Statuses = [EntryStatus.Draft, EntryStatus.Approved] };

    /// <summary>A new empty index owned by the calling test.</summary>
    protected abstract Task<IKnowledgeIndex> CreateIndexAsync(CancellationToken cancellationToken);

    [Theory]
    [InlineData("Hồ sơ cấp giấy phép bán lẻ rượu gồm những gì?")]
    [InlineData("ho so cap giay phep ban le ruou gom nhung gi")]
    [InlineData("HỒ SƠ CẤP GIẤY PHÉP BÁN LẺ RƯỢU GỒM NHỮNG GÌ?")]
    [InlineData("hồ sơ cấp giấy phep bán lẻ rượu")]
    public async Task SearchAsync_AccentedOrUnaccentedQuestion_FindsSameEntryFirst(string question)
    {
        var (_, retriever) = await LoadAsync();
        var hits = await retriever.SearchAsync(question, SearchFilter.ApprovedOnly, 5, cancellationToken: Ct);
        Assert.Equal("ruou-hoso", hits[0].EntryId);
    }

    [Fact]
    public async Task SearchAsync_NfdQuestion_FindsSameEntryFirst()
    {
        var (_, retriever) = await LoadAsync();
        var nfd = "Hồ sơ cấp giấy phép bán lẻ rượu".Normalize(System.Text.NormalizationForm.FormD);
        var hits = await retriever.SearchAsync(nfd, SearchFilter.ApprovedOnly, 5, cancellationToken: Ct);
        Assert.Equal("ruou-hoso", hits[0].EntryId);
    }

    [Theory]
    [InlineData(SearchMode.Lexical)]
    [InlineData(SearchMode.Dense)]
    [InlineData(SearchMode.Hybrid)]
    public async Task SearchAsync_EachMode_RanksTheMatchingEntryFirst(SearchMode mode)
    {
        var (_, retriever) = await LoadAsync();
        var hits = await retriever.SearchAsync("hành lang bảo vệ lưới điện", SearchFilter.ApprovedOnly, 3, mode, Ct);
        Assert.Equal("dien-hanhlang", hits[0].EntryId);
        Assert.True(hits[0].Score > 0);
    }

    [Fact]
    public async Task SearchAsync_LexicalMode_ReportsLexicalScoreOnly()
    {
        var (_, retriever) = await LoadAsync();
        var hits = await retriever.SearchAsync("thời hạn giấy phép bán lẻ rượu", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct);
        Assert.Equal("ruou-thoihan", hits[0].EntryId);
        Assert.NotNull(hits[0].LexicalScore);
        Assert.Null(hits[0].DenseScore);
    }

    [Fact]
    public async Task SearchAsync_ApprovedFilter_NeverReturnsDraftsButEditorsSeeThem()
    {
        var (_, retriever) = await LoadAsync();
        var userHits = await retriever.SearchAsync("bán rượu tiêu dùng tại chỗ", SearchFilter.ApprovedOnly, 10, cancellationToken: Ct);
        Assert.DoesNotContain(userHits, h => h.EntryId == "ruou-nhap");

        var editorHits = await retriever.SearchAsync("bán rượu tiêu dùng tại chỗ", EditorFilter, 10, cancellationToken: Ct);
        Assert.Equal("ruou-nhap", editorHits[0].EntryId);
    }

    [Fact]
    public async Task SearchAsync_FieldFilter_OnlyThatField()
    {
        var (_, retriever) = await LoadAsync();
        var hits = await retriever.SearchAsync("hồ sơ giấy phép bán lẻ", SearchFilter.ApprovedOnly with { Fields = ["thuoc-la"] }, 10, cancellationToken: Ct);
        Assert.Equal(["thuocla-hoso"], hits.Select(h => h.EntryId));
    }

    [Theory]
    [InlineData("67/2013/nd-cp")]
    [InlineData("67/2013")]
    public async Task SearchAsync_DocumentKeyFilter_OnlyCitingEntries(string key)
    {
        var (_, retriever) = await LoadAsync();
        var hits = await retriever.SearchAsync("giấy phép", SearchFilter.ApprovedOnly with { DocumentKey = key }, 10, cancellationToken: Ct);
        Assert.Equal(["thuocla-hoso"], hits.Select(h => h.EntryId));
    }

    [Fact]
    public async Task SearchAsync_DocumentNumberInQuestion_FindsCitingEntry()
    {
        var (_, retriever) = await LoadAsync();
        var hits = await retriever.SearchAsync("nghị định 83/2014", SearchFilter.ApprovedOnly, 5, cancellationToken: Ct);
        Assert.Equal("xang-dieukien", hits[0].EntryId);
    }

    [Theory]
    [InlineData("Xã quản lý chợ thế nào?")]
    [InlineData("Ai quản lý chợ ở xã?")]
    public async Task SearchAsync_AccentedWordFoldingLikeAFunctionWord_FindsEntryWithThatWord(string question)
    {
        // "chợ" (market) folds to "cho", which in text written with diacritics is only the word "for".
        var index = await CreateIndexAsync(Ct);
        await index.UpsertAsync(Documents(
        [
            TestBank.Qa("attp-xa", "an-toan-thuc-pham", "Xã quản lý an toàn thực phẩm thế nào?",
                "Xã quản lý cho tốt cơ sở nhỏ lẻ, cấp giấy xác nhận cho hộ kinh doanh và báo cáo cho tỉnh."),
            TestBank.Qa("dien-xa", "dien-luc", "Xã quản lý an toàn điện nông thôn thế nào?",
                "Xã hướng dẫn cho người dân sử dụng điện an toàn và báo cho điện lực khi có sự cố."),
            TestBank.Qa("cho-xa", "thi-truong-trong-nuoc", "Chợ ở xã do ai phụ trách?",
                "Chợ hạng 3 do UBND xã quản lý: ban hành nội quy chợ, bố trí tổ quản lý chợ."),
        ]), Ct);

        var hits = await new Retriever(index, Embedder).SearchAsync(question, SearchFilter.ApprovedOnly, 5, cancellationToken: Ct);

        Assert.Equal("cho-xa", hits[0].EntryId);
    }

    [Theory]
    [InlineData("Giờ chợ là bao lâu?", "gio-cho")]
    [InlineData("Giờ chờ là bao lâu?", "gio-cho-can")]
    public async Task SearchAsync_WordsThatFoldAlike_QuestionWithDiacriticsPrefersItsOwnWord(string question, string expected)
    {
        var index = await CreateIndexAsync(Ct);
        await index.UpsertAsync(Documents(
        [
            TestBank.Qa("gio-cho-can", "thi-truong-trong-nuoc", "Giờ chờ ở trạm cân là bao lâu?", "Xe chờ tại trạm cân không quá 30 phút."),
            TestBank.Qa("gio-cho", "thi-truong-trong-nuoc", "Giờ chợ ở xã là bao lâu?", "Chợ mở từ 5 giờ sáng đến 18 giờ."),
        ]), Ct);

        var hits = await new Retriever(index, Embedder).SearchAsync(question, SearchFilter.ApprovedOnly, 5, cancellationToken: Ct);

        Assert.Equal(expected, hits[0].EntryId);
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public async Task DeleteAsync_RetiredEntry_LeavesIndex()
    {
        var (index, retriever) = await LoadAsync();
        await index.DeleteAsync(["ruou-hoso"], Ct);

        var hits = await retriever.SearchAsync("hồ sơ giấy phép bán lẻ rượu", EditorFilter, 10, cancellationToken: Ct);
        Assert.DoesNotContain(hits, h => h.EntryId == "ruou-hoso");
        Assert.Equal(TestBank.SampleEntries().Count - 1, await index.CountAsync(Ct));
    }

    [Fact]
    public async Task UpsertAsync_SameCorpusAgain_IsIdempotent()
    {
        var (index, retriever) = await LoadAsync();
        var before = await retriever.SearchAsync("giấy phép bán lẻ rượu", EditorFilter, 10, cancellationToken: Ct);

        await index.UpsertAsync(Documents(TestBank.SampleEntries()), Ct);

        var after = await retriever.SearchAsync("giấy phép bán lẻ rượu", EditorFilter, 10, cancellationToken: Ct);
        Assert.Equal(TestBank.SampleEntries().Count, await index.CountAsync(Ct));
        Assert.Equal(before.Select(h => h.EntryId), after.Select(h => h.EntryId));
        Assert.Equal(after.Count, after.Select(h => h.EntryId).Distinct().Count());
    }

    [Fact]
    public async Task UpsertAsync_EditedEntry_ReplacesItsContent()
    {
        var (index, retriever) = await LoadAsync();
        var edited = TestBank.SampleEntries()[1] with { Body = "Giấy phép kinh doanh phân bón vô cơ được cấp theo mẫu." };
        await index.UpsertAsync(Documents([edited]), Ct);

        var hits = await retriever.SearchAsync("phân bón vô cơ", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct);
        Assert.Equal("ruou-thoihan", hits[0].EntryId);
        var stale = await retriever.SearchAsync("05 năm", SearchFilter.ApprovedOnly, 10, SearchMode.Lexical, Ct);
        Assert.DoesNotContain(stale, h => h.EntryId == "ruou-thoihan");
        var inventory = await ListAsync(index);
        Assert.Equal(edited.ContentHash, inventory["ruou-thoihan"]);
        Assert.Equal(TestBank.SampleEntries().Count, await index.CountAsync(Ct));
    }

    [Fact]
    public async Task ListAsync_Inventory_HasEveryEntryWithItsContentHash()
    {
        var (index, _) = await LoadAsync();
        var inventory = await ListAsync(index);
        Assert.Equal(TestBank.SampleEntries().ToDictionary(e => e.Id, e => e.ContentHash), inventory);
    }

    [Fact]
    public async Task SearchAsync_EmptyIndex_ReturnsNothing()
    {
        var index = await CreateIndexAsync(Ct);
        var hits = await new Retriever(index, Embedder).SearchAsync("giấy phép bán lẻ rượu", SearchFilter.ApprovedOnly, 5, cancellationToken: Ct);
        Assert.Empty(hits);
        Assert.Equal(0, await index.CountAsync(Ct));
    }

    [Fact]
    public async Task SearchAsync_SynonymTerm_LooksUpTheBigramAtSynonymWeight()
    {
        var (index, _) = await LoadAsync();
        Knowledge.Text.Term[] literal = [new("thoi_han", Knowledge.Text.TermKind.Bigram)];
        Knowledge.Text.Term[] synonym = [new("thoi_han", Knowledge.Text.TermKind.Synonym)];

        var literalHits = await index.SearchAsync(new SearchRequest(literal, null, SearchFilter.ApprovedOnly, 3, SearchMode.Lexical), Ct);
        var synonymHits = await index.SearchAsync(new SearchRequest(synonym, null, SearchFilter.ApprovedOnly, 3, SearchMode.Lexical), Ct);

        Assert.Equal("ruou-thoihan", literalHits[0].EntryId);
        Assert.Equal("ruou-thoihan", synonymHits[0].EntryId);
        Assert.Equal(new RetrievalOptions().SynonymWeight, synonymHits[0].LexicalScore!.Value / literalHits[0].LexicalScore!.Value, 3);
    }

    [Fact]
    public async Task SearchAsync_ThesaurusPhraseInQuestion_FindsEntryNamingItOtherwise()
    {
        var (index, _) = await LoadAsync();
        var retriever = new Retriever(index, Embedder, new Knowledge.Text.QueryExpander());

        var hits = await retriever.SearchAsync("cay xang can dieu kien gi", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct);

        Assert.Equal("xang-dieukien", hits[0].EntryId);
    }

    protected static List<IndexDocument> Documents(IEnumerable<KnowledgeEntry> entries) =>
        entries.Select(e => KnowledgeBank.ToDocument(e, Embedder.Embed(KnowledgeBank.EmbeddingText(e)))).ToList();

    private async Task<(IKnowledgeIndex Index, Retriever Retriever)> LoadAsync()
    {
        var index = await CreateIndexAsync(Ct);
        await index.UpsertAsync(Documents(TestBank.SampleEntries()), Ct);
        return (index, new Retriever(index, Embedder));
    }

    private static async Task<Dictionary<string, string>> ListAsync(IKnowledgeIndex index)
    {
        var inventory = Assert.IsAssignableFrom<IIndexInventory>(index);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var (id, hash) in inventory.ListAsync(Ct))
        {
            result.Add(id, hash);
        }

        return result;
    }
}
