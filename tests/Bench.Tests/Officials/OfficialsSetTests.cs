using MoitBot.Bench.Officials;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bench.Tests.Officials;

/// <summary>The committed set keeps to its contract (tests/officials/*.jsonl; other files may join it).</summary>
public sealed class OfficialsSetTests
{
    private static readonly RepositoryLayout Layout = RepositoryLayout.Find(AppContext.BaseDirectory);

    [Fact]
    public void DemoBankSet_Contract_EveryFieldFormAndSplitCovered()
    {
        var cases = OfficialsCaseLoader.LoadFile(Path.Combine(Layout.Cases, "demo-bank.jsonl"), Layout.Root);
        using var stream = File.OpenRead(Layout.DemoBank);
        var demo = DemoBankReader.Read(stream).ToDictionary(e => e.Id, e => e.Field, StringComparer.Ordinal);

        Assert.True(cases.Count >= 170, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.NotInBank) >= 65);
        Assert.InRange(cases.Count(c => c.NotInBank && c.InRemit == true), 30, 45);
        Assert.All(cases.Where(c => c.ExpectedEntryId is not null), c => Assert.True(demo.ContainsKey(c.ExpectedEntryId!), c.Id));
        Assert.Equal(demo.Values.Distinct().Order(), cases.Where(c => c.ExpectedEntryId is not null).Select(c => demo[c.ExpectedEntryId!]).Distinct().Order());
        Assert.All(CaseForms.All, form => Assert.All(CaseForms.Splits, split => Assert.Contains(cases, c => c.Form == form && c.Split == split)));
        Assert.InRange(cases.Count(c => c.Split == CaseForms.Tune) - cases.Count(c => c.Split == CaseForms.Test), -4, 4);
    }

    [Fact]
    public void LoadFolder_CommittedFiles_AllValid() =>
        Assert.NotEmpty(OfficialsCaseLoader.LoadFolder(Layout.Cases, Layout.Root));
}
