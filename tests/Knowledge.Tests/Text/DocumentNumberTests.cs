using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Tests.Text;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("105/2017/NĐ-CP", "105/2017/nd-cp")]
    [InlineData("105/2017/ND-CP", "105/2017/nd-cp")]
    [InlineData("105 / 2017 / NĐ - CP", "105/2017/nd-cp")]
    [InlineData("theo Nghị định số 105/2017/NĐ-CP ngày 14/9/2017", "105/2017/nd-cp")]
    [InlineData("Thông tư 12/2019/TT-BCT", "12/2019/tt-bct")]
    [InlineData("Luật Điện lực số 61/2024/QH15", "61/2024/qh15")]
    [InlineData("Pháp lệnh 11/2016/UBTVQH13", "11/2016/ubtvqh13")]
    [InlineData("nghị định 105/2017", "105/2017")]
    [InlineData("Quyết định 1234/QĐ-BCT", "1234/qd-bct")]
    [InlineData("Số: 08/2025/NĐ-CP", "8/2025/nd-cp")]
    public void TryParse_CommonSpellings_ReturnsCanonicalKey(string text, string key) =>
        Assert.Equal(key, DocumentNumber.TryParse(text)?.Key);

    [Theory]
    [InlineData("nghị định 105/2017", "105/2017/NĐ-CP", true)]
    [InlineData("105/2017/ND-CP", "105/2017/NĐ-CP", true)]
    [InlineData("105/2018/NĐ-CP", "105/2017/NĐ-CP", false)]
    [InlineData("106/2017/NĐ-CP", "105/2017/NĐ-CP", false)]
    [InlineData("105/2017/TT-BCT", "105/2017/NĐ-CP", false)]
    public void SameDocument_AcrossSpellings_MatchesOnlyTheSameDocument(string a, string b, bool expected) =>
        Assert.Equal(expected, DocumentNumber.SameDocument(a, b));

    [Theory]
    [InlineData("ngày 14/9/2017")]
    [InlineData("tỷ lệ 50/50")]
    [InlineData("không có số văn bản")]
    public void FindAll_DatesAndRatios_AreNotDocumentNumbers(string text) =>
        Assert.Empty(DocumentNumber.FindAll(text));

    [Fact]
    public void FindAll_TwoDocuments_FindsBoth()
    {
        var found = DocumentNumber.FindAll("Nghị định 105/2017/NĐ-CP được sửa đổi bởi Nghị định 17/2020/NĐ-CP");
        Assert.Equal(["105/2017/nd-cp", "17/2020/nd-cp"], found.Select(f => f.Key));
    }
}
