using System.Text;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Tests.Text;

public sealed class ShippedThesaurusTests
{
    [Fact]
    public void Sets_ShippedFile_HoldsSixtyValidNonOverlappingSets()
    {
        var sets = ShippedThesaurus.Sets;

        Assert.True(sets.Count >= 60, $"only {sets.Count} sets");
        Assert.All(sets, s => Assert.StartsWith(ShippedThesaurus.KeyPrefix, s.Key, StringComparison.Ordinal));
        Assert.Equal(sets.Count, sets.Select(s => s.Key).Distinct().Count());
        foreach (var set in sets)
        {
            var others = sets.Where(s => s.Key != set.Key);
            Assert.Null(SynonymSetRules.Problem(set.Members, others, bankShare: null, maxBankShare: 1));
        }
    }

    [Fact]
    public void Sets_ShippedFile_KeepsDiacriticsOfOfficialsWords()
    {
        var members = ShippedThesaurus.Sets.SelectMany(s => s.Members).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("thời hạn giải quyết", members);
        Assert.Contains("khí dầu mỏ hóa lỏng", members);
        Assert.Contains("xử phạt vi phạm hành chính", members);
    }

    [Fact]
    public void Parse_UnknownVersion_Throws()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{"version": 2, "sets": []}"""));

        var error = Assert.Throws<InvalidOperationException>(() => ShippedThesaurus.Parse(json));
        Assert.Contains("version 2", error.Message, StringComparison.Ordinal);
    }
}
