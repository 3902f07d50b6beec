using MoitBot.Bench.Officials;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bench.Tests.Officials;

public sealed class LabelResolverTests
{
    private static readonly KnowledgeEntry[] Entries =
    [
        Entry("demo-ruou-001", "demo", null),
        Entry("src-1-dieu-5-khoan-1", "/repo/samples/ingest/nd-45.docx", "Điều 5, Khoản 1"),
        Entry("src-1-dieu-5-khoan-2", "/repo/samples/ingest/nd-45.docx", "Điều 5, Khoản 2"),
        Entry("src-1-dieu-6", "/repo/samples/ingest/nd-45.docx", "Điều 6"),
        Entry("src-2-dieu-5", "/repo/other/nd-45.docx", "Điều 5"),
    ];

    [Fact]
    public void Resolve_SourceAndLocator_EveryEntryOfThatFileStartingWithTheLocator()
    {
        var resolved = LabelResolver.Resolve([BySource("a", "samples/ingest/nd-45.docx", "Điều 5"), BySource("b", "samples/ingest/nd-45.docx", "Điều 5, Khoản 2")], Entries);

        Assert.Equal(["src-1-dieu-5-khoan-1", "src-1-dieu-5-khoan-2"], resolved["a"].Order(StringComparer.Ordinal));
        Assert.Equal(["src-1-dieu-5-khoan-2"], resolved["b"]);
    }

    [Fact]
    public void Resolve_EntryIdAndNotInBank_TheIdOrNothing()
    {
        var notInBank = new OfficialsCase { Id = "n", Question = "q", Form = CaseForms.NoDiacritics, Split = CaseForms.Test, NotInBank = true, InRemit = true, File = "f", Line = 3 };

        var resolved = LabelResolver.Resolve([Cases.Answerable("x") with { ExpectedEntryId = "demo-ruou-001" }, notInBank], Entries);

        Assert.Equal(["demo-ruou-001"], resolved["x"]);
        Assert.Empty(resolved["n"]);
    }

    [Fact]
    public void Resolve_UnknownEntryId_ErrorAtItsLine()
    {
        var unknown = Cases.Answerable("x") with { ExpectedEntryId = "demo-ruou-999", File = "tests/officials/a.jsonl", Line = 12 };

        var error = Assert.Throws<CaseFileException>(() => LabelResolver.Resolve([unknown], Entries));

        Assert.Equal("tests/officials/a.jsonl:12: case 'x': expectedEntryId 'demo-ruou-999' is not in the bank.", error.Message);
    }

    [Theory]
    [InlineData("samples/ingest/missing.docx", "Điều 5", "no approved entry was ingested")]
    [InlineData("samples/ingest/nd-45.docx", "Điều 9", "no entry of 'samples/ingest/nd-45.docx' has a locator starting with 'Điều 9'")]
    public void Resolve_SourceOrLocatorNotIngested_Error(string source, string locator, string problem)
    {
        var error = Assert.Throws<CaseFileException>(() => LabelResolver.Resolve([BySource("a", source, locator)], Entries));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static OfficialsCase BySource(string id, string source, string locator) =>
        Cases.Answerable(id) with { ExpectedEntryId = null, ExpectedSource = source, ExpectedLocator = locator };

    private static KnowledgeEntry Entry(string id, string source, string? locator) => new()
    {
        Id = id, Kind = EntryKind.Guidance, Field = "xang-dau", Title = id, Body = id, Status = EntryStatus.Approved, SourceId = source, Locator = locator,
    };
}
