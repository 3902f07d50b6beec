using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Điện lực", "dien luc")]
    [InlineData("ĐĂNG KÝ KINH DOANH", "dang ky kinh doanh")]
    [InlineData("đ", "d")]
    [InlineData("Đ", "d")]
    [InlineData("Gia\u0301y phe\u0301p", "giay phep")]
    [InlineData("Quản lý thị trường", "quan ly thi truong")]
    [InlineData("Hóa chất", "hoa chat")]
    [InlineData("hoà", "hoa")]
    [InlineData("thuỷ", "thuy")]
    [InlineData("Nước", "nuoc")]
    [InlineData("ư ơ ă â ê ô", "u o a a e o")]
    [InlineData("rượu", "ruou")]
    [InlineData("Thương mại điện tử", "thuong mai dien tu")]
    [InlineData("NGHỊ ĐỊNH", "nghi dinh")]
    [InlineData("", "")]
    public void Fold_VietnameseText_ReturnsLowerCaseWithoutDiacritics(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Hoà Bình", "Hòa Bình")]
    [InlineData("thuỷ điện", "thủy điện")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("Uỷ ban nhân dân", "Ủy ban nhân dân")]
    [InlineData("tuỳ", "tùy")]
    [InlineData("quý", "quý")]
    [InlineData("quỹ", "quỹ")]
    [InlineData("hoàn thành", "hoàn thành")]
    [InlineData("hòa", "hòa")]
    [InlineData("hoa\u0300", "hòa")]
    public void Normalize_TonePlacement_UsesOnePlacement(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Fact]
    public void Normalize_NfdInput_ComposesToNfc()
    {
        var nfd = "Giấy phép bán lẻ rượu".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("Giấy phép bán lẻ rượu", VietnameseText.Normalize(nfd));
    }

    [Theory]
    [InlineData("a\u0000b", "a b")]
    [InlineData("a\u0007b", "a b")]
    public void Normalize_InvalidCharacters_ReplacedWithSpace(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Fact]
    public void Normalize_UnpairedSurrogates_ReplacedWithSpace()
    {
        Assert.Equal(" abc", VietnameseText.Normalize(new string(['\ud800', 'a', 'b', 'c'])));
        Assert.Equal("abc ", VietnameseText.Normalize(new string(['a', 'b', 'c', '\udc00'])));
    }

    [Fact]
    public void Normalize_LoneCombiningMark_DoesNotThrow() =>
        Assert.NotNull(VietnameseText.Normalize("\u0301"));

    [Fact]
    public void StripDiacritics_KeepsCase() => Assert.Equal("Dang ky Dien luc", VietnameseText.StripDiacritics("Đăng ký Điện lực"));
}
