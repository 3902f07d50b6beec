using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Metadata;

namespace MoitBot.Ingest.Tests.Metadata;

public sealed class DocumentMetadataReaderTests
{
    private static List<string> DecreeLines() =>
        SampleCorpus.DecreeLines.SelectMany(l => l.StartsWith('|') ? l.Trim('|').Split('|') : [l]).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [Fact]
    public void Read_StandardDecreeHeader_ReadsNumberTypeIssuerTitleAndDates()
    {
        var metadata = DocumentMetadataReader.Read(DecreeLines());

        Assert.Equal("45/2026/NĐ-CP", metadata.Number);
        Assert.Equal("Nghị định", metadata.Type);
        Assert.Equal("Chính Phủ", metadata.Issuer);
        Assert.Equal("Quy định về cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai trên địa bàn cấp xã", metadata.Title);
        Assert.Equal(new DateOnly(2026, 3, 14), metadata.IssuedOn);
        Assert.Equal(new DateOnly(2026, 5, 1), metadata.EffectiveOn);
        Assert.Equal([new DocumentRelation(DocumentRelation.Replaces, "88/2015/NĐ-CP")], metadata.Relations);
    }

    [Fact]
    public void Read_AmendingCircular_RecordsAmendsAndRepeals()
    {
        string[] lines =
        [
            "BỘ CÔNG THƯƠNG", "Số: 08/2026/TT-BCT", "Hà Nội, ngày 5 tháng 1 năm 2026", "THÔNG TƯ",
            "Sửa đổi, bổ sung một số điều của Thông tư số 21/2017/TT-BCT",
            "Căn cứ Nghị định số 96/2022/NĐ-CP đã được sửa đổi, bổ sung;",
            "Điều 1. Sửa đổi, bổ sung Điều 3 của Thông tư số 21/2017/TT-BCT như sau:",
            "Điều 2. Bãi bỏ Điều 7 Thông tư số 15/2019/TT-BCT.",
            "Thông tư này có hiệu lực thi hành kể từ ngày 20/02/2026.",
        ];

        var metadata = DocumentMetadataReader.Read(lines);

        Assert.Equal("Thông tư", metadata.Type);
        Assert.Equal("Bộ Công Thương", metadata.Issuer);
        Assert.Equal(new DateOnly(2026, 2, 20), metadata.EffectiveOn);
        Assert.Equal(
            [new DocumentRelation(DocumentRelation.Amends, "21/2017/TT-BCT"), new DocumentRelation(DocumentRelation.Repeals, "15/2019/TT-BCT")],
            metadata.Relations);
    }

    [Fact]
    public void Read_OfficialLetterWithoutTypeLine_TypeFromItsNumberAndSubjectAsTitle()
    {
        string[] lines = ["BỘ CÔNG THƯƠNG", "Số: 1234/BCT-TTTN", "V/v hướng dẫn cấp giấy phép bán lẻ rượu", "Kính gửi: Sở Công Thương các tỉnh"];

        var metadata = DocumentMetadataReader.Read(lines);

        Assert.Equal("Công văn", metadata.Type);
        Assert.Equal("1234/BCT-TTTN", metadata.Number);
        Assert.Equal("V/v hướng dẫn cấp giấy phép bán lẻ rượu", metadata.Title);
        Assert.Null(metadata.IssuedOn);
    }
}
