using MoitBot.Ingest.Pipeline;

namespace MoitBot.Ingest.Tests.Pipeline;

public sealed class LegalBasisReaderTests
{
    [Fact]
    public void Read_ClauseAndArticleOfOneDecree_ReturnsOneFullReference()
    {
        var reference = Assert.Single(LegalBasisReader.Read("Điểm a Khoản 1 Điều 25 Nghị định 105/2017/NĐ-CP"));

        Assert.Equal("105/2017/NĐ-CP", reference.DocumentNumber);
        Assert.Equal("Nghị định", reference.DocumentType);
        Assert.Equal("Điều 25, Khoản 1, Điểm a", reference.Locator);
    }

    [Fact]
    public void Read_TwoDocuments_ReturnsOneReferenceEach()
    {
        var references = LegalBasisReader.Read("Luật 44/2019/QH14; Thông tư 17/2020/TT-BCT");
        Assert.Equal(["44/2019/QH14", "17/2020/TT-BCT"], references.Select(r => r.DocumentNumber));
        Assert.Equal(["Luật", "Thông tư"], references.Select(r => r.DocumentType));
    }
}
