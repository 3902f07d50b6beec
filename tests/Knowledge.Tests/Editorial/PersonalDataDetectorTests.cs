using MoitBot.Knowledge.Editorial;

namespace MoitBot.Knowledge.Tests.Editorial;

public sealed class PersonalDataDetectorTests
{
    [Theory]
    [InlineData("Liên hệ anh Bình 0912 345 678 để hỏi thêm", "0912 345 678")]
    [InlineData("SĐT: 0912345678.", "0912345678")]
    [InlineData("gọi 0912.345.678 nhé", "0912.345.678")]
    [InlineData("gọi 0912-345-678 nhé", "0912-345-678")]
    [InlineData("số +84 912 345 678", "+84 912 345 678")]
    [InlineData("số +84912345678", "+84912345678")]
    [InlineData("số (+84) 912 345 678", "(+84) 912 345 678")]
    [InlineData("số 84912345678", "84912345678")]
    [InlineData("máy bàn 0243 8252 852", "0243 8252 852")]
    [InlineData("máy bàn 024 3825 2852", "024 3825 2852")]
    public void Find_VietnamesePhoneFormats_FlagsPhone(string text, string expected)
    {
        var findings = PersonalDataDetector.Find(text);

        Assert.Contains(new PersonalDataFinding(PersonalDataKind.Phone, expected), findings);
    }

    [Theory]
    [InlineData("Căn cứ Nghị định 105/2017/NĐ-CP, Điều 25")]
    [InlineData("Phí thẩm định là 1.050.000.000 đồng")]
    [InlineData("Mức phạt từ 10.000.000 đến 20.000.000 đồng")]
    [InlineData("Tổng đài 1900 6789 của Bộ")]
    [InlineData("Ngày 01.07.2025 có hiệu lực")]
    [InlineData("Mã số thuế 0101234567890123")]
    [InlineData("")]
    public void Find_NumbersThatAreNotPhones_FlagsNothing(string text)
    {
        Assert.Empty(PersonalDataDetector.Find(text));
    }

    [Theory]
    [InlineData("gửi về nguyen.van.an@gmail.com giúp tôi", "nguyen.van.an@gmail.com")]
    [InlineData("E-mail: cbx_phuongan@hanoi.gov.vn.", "cbx_phuongan@hanoi.gov.vn")]
    public void Find_Email_FlagsEmail(string text, string expected)
    {
        Assert.Contains(new PersonalDataFinding(PersonalDataKind.Email, expected), PersonalDataDetector.Find(text));
    }

    [Theory]
    [InlineData("Ông Nguyễn Văn An hỏi về giấy phép", "Nguyễn Văn An", true)]
    [InlineData("ong nguyen van an hoi ve giay phep", "Nguyễn Văn An", true)]
    [InlineData("ÔNG NGUYỄN VĂN AN hỏi", "Nguyễn Văn An", true)]
    [InlineData("Ông Nguyễn Văn Anh hỏi", "Nguyễn Văn An", false)]
    [InlineData("An toàn thực phẩm ở xã", "An", false)]
    [InlineData("Hồ sơ gồm đơn đề nghị", null, false)]
    public void Find_AskerName_FlagsOnlyTheWholeRegisteredName(string text, string? name, bool expected)
    {
        var found = PersonalDataDetector.Find(text, name).Any(f => f.Kind == PersonalDataKind.AskerName);

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Find_DecomposedUnicodeName_StillMatches()
    {
        var text = "Bà Trần Thị Hoà hỏi".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Contains(PersonalDataDetector.Find(text, "Trần Thị Hòa"), f => f.Kind == PersonalDataKind.AskerName);
    }
}
