using MoitBot.Ingest.Decoding;

namespace MoitBot.Ingest.Tests.Decoding;

public sealed class LegacyVietnameseTextTests
{
    // How "Cộng hòa xã hội chủ nghĩa Việt Nam" reads in old files once the .VnTime / VNI-Times font is gone.
    private const string Tcvn3Motto = "Céng hoµ x· héi chñ nghÜa ViÖt Nam";
    private const string VniMotto = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam";

    [Fact]
    public void Detect_Tcvn3Text_ReturnsTcvn3AndConvertsToUnicode()
    {
        Assert.Equal(LegacyEncoding.Tcvn3, LegacyVietnameseText.Detect(Tcvn3Motto));
        Assert.Equal("Cộng hoà xã hội chủ nghĩa Việt Nam", LegacyVietnameseText.Convert(Tcvn3Motto, LegacyEncoding.Tcvn3));
        Assert.Equal("Bộ Công Thương", LegacyVietnameseText.Convert("Bé C«ng Th\u00AD¬ng", LegacyEncoding.Tcvn3));
    }

    [Fact]
    public void Detect_VniText_ReturnsVniAndConvertsToUnicode()
    {
        Assert.Equal(LegacyEncoding.Vni, LegacyVietnameseText.Detect(VniMotto));
        Assert.Equal("Cộng hòa xã hội chủ nghĩa Việt Nam", LegacyVietnameseText.Convert(VniMotto, LegacyEncoding.Vni));
        Assert.Equal("Điều 5. Áp dụng", LegacyVietnameseText.Convert("Ñieàu 5. Aùp duïng", LegacyEncoding.Vni));
    }

    [Theory]
    [InlineData("Cộng hòa xã hội chủ nghĩa Việt Nam, Bộ Công Thương hướng dẫn")]
    [InlineData("Plain ASCII text about 105/2017/ND-CP")]
    [InlineData("Café à la carte, résumé")]
    public void Detect_UnicodeOrForeignText_ReturnsNone(string text) => Assert.Equal(LegacyEncoding.None, LegacyVietnameseText.Detect(text));

    [Fact]
    public void Plausibility_ConvertedTextReadsBetterThanLegacyText()
    {
        Assert.True(LegacyVietnameseText.Plausibility(LegacyVietnameseText.Convert(Tcvn3Motto, LegacyEncoding.Tcvn3)) > LegacyVietnameseText.Plausibility(Tcvn3Motto));
    }
}
