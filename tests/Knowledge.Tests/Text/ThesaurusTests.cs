using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Tests.Text;

public sealed class ThesaurusTests
{
    [Fact]
    public void Match_UnaccentedPhrase_FindsAccentedSet()
    {
        var thesaurus = new Thesaurus([new SynonymSet("x", ["giấy tờ", "hồ sơ"], Shipped: false)]);

        var match = Assert.Single(thesaurus.Match("xin giay phep can giay to gi"));

        Assert.Equal(["giay", "to"], match.MatchedSyllables.Order(StringComparer.Ordinal));
        var alternative = Assert.Single(match.Alternatives);
        Assert.Contains(new Term("ho_so", TermKind.Bigram), alternative);
    }

    [Fact]
    public void Match_SyllablesNotInARow_NoMatch()
    {
        var thesaurus = new Thesaurus([new SynonymSet("x", ["giấy tờ", "hồ sơ"], Shipped: false)]);

        Assert.Empty(thesaurus.Match("giấy phép tờ khai"));
    }

    [Fact]
    public void Match_OverlappingSets_ExpandsOneLevelFromTheQueryOnly()
    {
        // A ~ B in one set and B ~ C in another: a question with A gets B, never C through B.
        var thesaurus = new Thesaurus(
        [
            new SynonymSet("ab", ["cây xăng", "trạm xăng"], Shipped: false),
            new SynonymSet("bc", ["trạm xăng", "cửa hàng xăng dầu"], Shipped: false),
        ]);

        var fromA = Assert.Single(thesaurus.Match("mở cây xăng"));
        Assert.Equal("ab", fromA.Set.Key);

        var fromB = thesaurus.Match("mở trạm xăng");
        Assert.Equal(["ab", "bc"], fromB.Select(m => m.Set.Key));
    }

    [Fact]
    public void Expand_PhraseInQuery_AddsOtherMembersAsSynonymTermsOnly()
    {
        var expander = new QueryExpander(new Thesaurus([new SynonymSet("x", ["gas", "khí dầu mỏ hóa lỏng"], Shipped: false)]));
        var literal = TextAnalyzer.Analyze("điều kiện kinh doanh gas");

        var expanded = expander.Expand("điều kiện kinh doanh gas", literal);

        Assert.Equal(literal, expanded.Take(literal.Count));
        var added = expanded.Skip(literal.Count).ToList();
        Assert.All(added, t => Assert.Equal(TermKind.Synonym, t.Kind));
        Assert.Contains(added, t => t.Value == "khi");
        Assert.Contains(added, t => t.Value == "hoa_long");
        Assert.DoesNotContain(added, t => literal.Any(l => l.Value == t.Value));
    }

    [Fact]
    public void Expand_NoPhraseOfAnySet_ReturnsLiteralTerms()
    {
        var expander = new QueryExpander(new Thesaurus([new SynonymSet("x", ["gas", "khí dầu mỏ hóa lỏng"], Shipped: false)]));
        var literal = TextAnalyzer.Analyze("giấy phép bán lẻ rượu");

        Assert.Same(literal, expander.Expand("giấy phép bán lẻ rượu", literal));
    }

    [Fact]
    public void Expand_LargeSet_IsCapped()
    {
        var members = Enumerable.Range(0, 12).Select(i => $"cụm từ dài số {i} gồm nhiều tiếng khác nhau {i}x").Prepend("gas").ToList();
        var expander = new QueryExpander(new Thesaurus([new SynonymSet("x", members, Shipped: false)]));
        var literal = TextAnalyzer.Analyze("gas");

        var added = expander.Expand("gas", literal).Count - literal.Count;

        Assert.Equal(QueryExpander.MaxTermsPerSet, added);
    }
}
