using MoitBot.Bench.Officials;

namespace MoitBot.Bench.Tests.Officials;

public sealed class OfficialsCaseLoaderTests
{
    private const string Good = """{"id":"a-01","question":"cho em hoi gp ban le ruou","form":"viet-tat","split":"tune","expectedEntryId":"demo-ruou-001"}""";

    [Fact]
    public void LoadFile_MalformedLine_NamesFileAndLine()
    {
        using var folder = new CaseFolder();
        var path = folder.Write("x.jsonl", Good, "{\"id\":\"a-02\",\"question\":", Good.Replace("a-01", "a-03", StringComparison.Ordinal));

        var error = Assert.Throws<CaseFileException>(() => OfficialsCaseLoader.LoadFile(path, folder.Root));

        Assert.StartsWith("x.jsonl:2: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"b","question":"q","form":"khong-dau","split":"test"}""", "no label")]
    [InlineData("""{"id":"b","question":"q","form":"khong-dau","split":"test","expectedEntryId":"x","notInBank":true,"inRemit":false}""", "two labels")]
    [InlineData("""{"id":"b","question":"q","form":"khong-dau","split":"test","expectedEntryId":"x","expectedSource":"s","expectedLocator":"Điều 1"}""", "two labels")]
    [InlineData("""{"id":"b","question":"q","form":"khong-dau","split":"test","expectedSource":"s"}""", "go together")]
    [InlineData("""{"id":"b","question":"q","form":"teencode","split":"test","expectedEntryId":"x"}""", "unknown form 'teencode'")]
    [InlineData("""{"id":"b","question":"q","form":"khong-dau","split":"dev","expectedEntryId":"x"}""", "unknown split 'dev'")]
    [InlineData("""{"id":"b","question":"q","form":"tiep-theo","split":"test","expectedEntryId":"x"}""", "needs \"previous\"")]
    [InlineData("""{"id":"b","question":"mot cau ngan","form":"dai","split":"test","expectedEntryId":"x"}""", "at least 40 words")]
    [InlineData("""{"id":"b","question":"q","form":"khong-dau","split":"test","notInBank":true}""", "inRemit")]
    [InlineData("""{"id":"b","question":"q","form":"khong-dau","split":"test","expectedEntryId":"x","expectedSection":"gia"}""", "unknown expectedSection 'gia'")]
    [InlineData("""{"question":"q","form":"khong-dau","split":"test","expectedEntryId":"x"}""", "\"id\" and \"question\" are required")]
    public void Parse_BadCase_SaysWhatIsWrongAtThatLine(string line, string problem)
    {
        var error = Assert.Throws<CaseFileException>(() => OfficialsCaseLoader.Parse(line, "tests/officials/x.jsonl", 7));

        Assert.StartsWith("tests/officials/x.jsonl:7: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EachLabelKind_ReadsIt()
    {
        var byId = OfficialsCaseLoader.Parse(Good, "f", 1);
        var bySource = OfficialsCaseLoader.Parse("""{"id":"c","question":"q","form":"co-dau","split":"test","expectedSource":"samples\\ingest\\a.docx","expectedLocator":"Điều 5","expectedSection":"co-quan"}""", "f", 2);
        var notInBank = OfficialsCaseLoader.Parse("""{"id":"d","question":"q","form":"tiep-theo","split":"test","previous":"p","notInBank":true,"inRemit":true}""", "f", 3);

        Assert.Equal("demo-ruou-001", byId.ExpectedEntryId);
        Assert.Equal(("samples/ingest/a.docx", "Điều 5", "co-quan"), (bySource.ExpectedSource, bySource.ExpectedLocator, bySource.ExpectedSection));
        Assert.Equal((true, true, "p"), (notInBank.NotInBank, notInBank.InRemit, notInBank.Previous));
    }

    [Fact]
    public void LoadFolder_TwoFiles_ReadsBothAndRejectsARepeatedId()
    {
        using var folder = new CaseFolder();
        folder.Write("a.jsonl", Good, string.Empty);
        folder.Write("b.jsonl", Good.Replace("a-01", "b-01", StringComparison.Ordinal));
        Assert.Equal(["a-01", "b-01"], OfficialsCaseLoader.LoadFolder(folder.Root, folder.Root).Select(c => c.Id));

        folder.Write("c.jsonl", Good);
        var error = Assert.Throws<CaseFileException>(() => OfficialsCaseLoader.LoadFolder(folder.Root, folder.Root));
        Assert.Contains("c.jsonl:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("used twice", error.Message, StringComparison.Ordinal);
    }
}
