using MoitBot.Knowledge.Answering.Generation;

namespace MoitBot.Generation.Tests.Answering.Generation;

public sealed class CitationMarkersTests
{
    [Theory]
    [InlineData("Câu một [2]. Câu hai [1, 3]. Lại [2].", new[] { 2, 1, 3 })]
    [InlineData("Theo [1-3] và [5;6].", new[] { 1, 2, 3, 5, 6 })]
    [InlineData("Không có trích dẫn, chỉ có [a] và [].", new int[0])]
    [InlineData("Số hiệu 105/2017/NĐ-CP [ 4 ]", new[] { 4 })]
    public void Find_Markers_NumbersInFirstAppearanceOrder(string text, int[] expected) =>
        Assert.Equal(expected, CitationMarkers.Find(text));

    [Fact]
    public void Renumber_Map_RewritesEveryMarkerInPlace() =>
        Assert.Equal("A [1]. B [1, 3]. C [3].",
            CitationMarkers.Renumber("A [4]. B [2,4]. C [2].", new Dictionary<int, int> { [4] = 1, [2] = 3 }));
}
