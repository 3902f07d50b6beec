using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Tests.Text;

public sealed class TextAnalyzerTests
{
    private static string[] Values(string text, TermKind kind) =>
        TextAnalyzer.Analyze(text).Where(t => t.Kind == kind).Select(t => t.Value).ToArray();

    private static Term[] FoldedTerms(string text) => TextAnalyzer.Analyze(text).Where(t => t.Kind != TermKind.Accented).ToArray();

    [Fact]
    public void Analyze_Phrase_EmitsSyllablesAndBigrams()
    {
        Assert.Equal(["giay", "phep", "ban", "le", "ruou"], Values("Giấy phép bán lẻ rượu", TermKind.Word));
        Assert.Equal(["giay_phep", "phep_ban", "ban_le", "le_ruou"], Values("Giấy phép bán lẻ rượu", TermKind.Bigram));
    }

    [Theory]
    [InlineData("giay phep ban le ruou")]
    [InlineData("GIẤY PHÉP BÁN LẺ RƯỢU")]
    [InlineData("Giấy phép bán lẻ rượu")]
    public void Analyze_AccentedUnaccentedUpperCase_SameFoldedTerms(string text) =>
        Assert.Equal(FoldedTerms("giấy phép bán lẻ rượu"), FoldedTerms(text));

    [Fact]
    public void Analyze_TextWithDiacritics_AlsoKeepsMarkedWordsAsTyped() =>
        Assert.Equal(["quản", "lý", "chợ"], Values("Quản lý CHỢ", TermKind.Accented));

    [Theory]
    [InlineData("quan ly cho")]
    [InlineData("quan ly cho tren địa ban xa")]
    public void Analyze_TextWithoutDiacritics_NoAccentedTermsAndAmbiguousWordKept(string text)
    {
        Assert.Empty(Values(text, TermKind.Accented));
        Assert.Contains("cho", Values(text, TermKind.Word));
    }

    [Theory]
    [InlineData("cấp giấy xác nhận cho hộ kinh doanh", false)]
    [InlineData("quản lý chợ trên địa bàn", true)]
    [InlineData("Ai chịu trách nhiệm?", false)]
    public void Analyze_BareFunctionWordInTextWithDiacritics_DroppedButMarkedWordKept(string text, bool hasCho)
    {
        var words = Values(text, TermKind.Word);
        Assert.Equal(hasCho, words.Contains("cho"));
        Assert.DoesNotContain("ai", words);
    }

    [Fact]
    public void Analyze_NfdInput_SameTermsAsNfc() =>
        Assert.Equal(TextAnalyzer.Analyze("Điện lực"), TextAnalyzer.Analyze("Điện lực".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public void Analyze_OldAndNewTonePlacement_SameTerms() =>
        Assert.Equal(TextAnalyzer.Analyze("thủy điện hòa bình"), TextAnalyzer.Analyze("thuỷ điện hoà bình"));

    [Theory]
    [InlineData("QLTT", new[] { "quan", "ly", "thi", "truong" })]
    [InlineData("ATTP", new[] { "an", "toan", "thuc", "pham" })]
    [InlineData("TMĐT", new[] { "thuong", "mai", "dien", "tu" })]
    [InlineData("UBND", new[] { "uy", "ban", "nhan", "dan" })]
    [InlineData("GCN", new[] { "giay", "chung", "nhan" })]
    [InlineData("GPKD", new[] { "giay", "phep", "kinh", "doanh" })]
    [InlineData("NĐ-CP", new[] { "nghi", "dinh", "chinh", "phu" })]
    [InlineData("TT-BCT", new[] { "thong", "tu", "bo", "cong", "thuong" })]
    public void Analyze_Abbreviation_ExpandsToWords(string abbreviation, string[] words)
    {
        var terms = Values(abbreviation, TermKind.Word);
        Assert.All(words, w => Assert.Contains(w, terms));
    }

    [Fact]
    public void Analyze_AbbreviationAndFullForm_ShareBigrams() =>
        Assert.Contains("quan_ly", Values("Đội QLTT kiểm tra", TermKind.Bigram));

    [Fact]
    public void Analyze_DocumentNumber_KeptWholeWithShortKey()
    {
        var numbers = Values("theo Nghị định 105/2017/NĐ-CP", TermKind.DocumentNumber);
        Assert.Equal(["105/2017/nd-cp", "105/2017"], numbers);
    }

    [Fact]
    public void Analyze_ShortMention_MatchesShortKeyOfFullNumber() =>
        Assert.Contains("105/2017", Values("nghị định 105/2017", TermKind.DocumentNumber));

    [Fact]
    public void Analyze_Punctuation_BreaksBigrams() =>
        Assert.DoesNotContain("ruou_thuoc", Values("bán rượu. Thuốc lá", TermKind.Bigram));

    [Fact]
    public void Analyze_StopWords_Dropped()
    {
        var words = Values("hồ sơ gồm những gì", TermKind.Word);
        Assert.DoesNotContain("nhung", words);
        Assert.DoesNotContain("gi", words);
        Assert.Contains("ho", words);
    }

    [Fact]
    public void Analyze_ContentWordThatFoldsLikeStopWord_Kept() =>
        Assert.Contains("cho", Values("quản lý chợ", TermKind.Word));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀🎉")]
    [InlineData("\u0301")]
    [InlineData("?!...")]
    public void Analyze_NoWords_ReturnsNoTerms(string text) => Assert.Empty(TextAnalyzer.Analyze(text));

    [Fact]
    public void Analyze_FtsSyntaxCharacters_OnlyPlainWords()
    {
        var terms = TextAnalyzer.Analyze("\"rượu\" * ( ) NEAR AND OR - bia");
        Assert.All(terms, t => Assert.Matches("^[a-z0-9_]+$", t.Value));
        Assert.Contains(terms, t => t.Value == "ruou");
    }

    [Fact]
    public void Analyze_HugeText_IsBounded()
    {
        var text = string.Concat(Enumerable.Repeat("rượu bia thuốc lá ", 20_000));
        var terms = TextAnalyzer.Analyze(text);
        Assert.NotEmpty(terms);
        Assert.True(terms.Count < TextAnalyzer.MaxAnalyzedLength);
    }
}
