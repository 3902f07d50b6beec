using MoitBot.Knowledge.Editorial;

namespace MoitBot.Knowledge.Tests.Editorial;

public sealed class EntryDiffTests
{
    [Fact]
    public void Compare_ChangedAnswer_ShowsRemovedAndAddedLines()
    {
        var before = TestBank.Qa("a", "ruou", "Giấy phép có thời hạn bao lâu?", "Thời hạn 03 năm.", "105/2017/NĐ-CP", "Điều 29", Knowledge.Bank.EntryStatus.Draft);
        var after = before with { Body = "Thời hạn 05 năm." };

        var diff = EntryDiff.Compare(before, after);

        Assert.Contains(new DiffLine(DiffLineKind.Removed, "Thời hạn 03 năm."), diff);
        Assert.Contains(new DiffLine(DiffLineKind.Added, "Thời hạn 05 năm."), diff);
        Assert.Contains(diff, l => l.Kind == DiffLineKind.Unchanged && l.Text.StartsWith("Câu hỏi:", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_FirstVersion_EverythingAdded()
    {
        var entry = TestBank.Qa("a", "ruou", "Câu hỏi?", "Trả lời.");

        Assert.All(EntryDiff.Compare(null, entry), l => Assert.Equal(DiffLineKind.Added, l.Kind));
    }
}
