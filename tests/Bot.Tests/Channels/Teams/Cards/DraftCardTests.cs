using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Tests.Channels.Teams.Cards;

public sealed class DraftCardTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Uri EditorUrl = new("https://moit.example/bien-tap/muc/bt-123");

    [Fact]
    public void Build_Draft_ShowsTitleFieldProvenanceQuestionAnswerAndActions()
    {
        var card = DraftCard.Build(new DraftCardView(Draft(), "Điện lực", EditorUrl));
        var text = card.ToJsonString(Readable);

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains("Điều kiện cấp giấy phép \\\\*điện lực\\\\*", text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Điện lực\"", text, StringComparison.Ordinal);
        Assert.Contains("Câu trả lời của cán bộ Bộ", text, StringComparison.Ordinal);
        Assert.Contains("Hộ kinh doanh có cần giấy phép?", text, StringComparison.Ordinal);
        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["Action.Execute", "Action.OpenUrl", "Action.ShowCard"], actions.Select(a => a["type"]!.GetValue<string>()));
        Assert.Equal("Phê duyệt", actions[0]["title"]!.GetValue<string>());
        Assert.Equal(DraftCardVerbs.Approve, actions[0]["verb"]!.GetValue<string>());
        Assert.Equal("bt-123", actions[0]["data"]![DraftCardVerbs.EntryIdData]!.GetValue<string>());
        Assert.Equal(2, actions[0]["data"]![DraftCardVerbs.VersionData]!.GetValue<int>());
        Assert.Equal("Mở trong trang biên tập", actions[1]["title"]!.GetValue<string>());
        Assert.Equal(EditorUrl.AbsoluteUri, actions[1]["url"]!.GetValue<string>());
        var reject = actions[2]["card"]!.AsObject();
        Assert.Equal(DraftCardVerbs.ReasonInput, reject["body"]![0]!["id"]!.GetValue<string>());
        Assert.True(reject["body"]![0]!["isRequired"]!.GetValue<bool>());
        Assert.Equal(DraftCardVerbs.Reject, reject["actions"]![0]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public void Build_LongAnswer_Shortened()
    {
        var card = DraftCard.Build(new DraftCardView(Draft() with { Body = new string('a', 5000) }, "Điện lực", EditorUrl)).ToJsonString(Readable);
        Assert.DoesNotContain(new string('a', DraftCard.MaxBodyLength + 1), card, StringComparison.Ordinal);
        Assert.Contains(new string('a', DraftCard.MaxBodyLength) + "…", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ApprovedEntry_OnlyOpenUrlLeftAndNoticeShown()
    {
        var card = DraftCard.Build(new DraftCardView(Draft() with { Status = EntryStatus.Approved }, "Điện lực", EditorUrl, "Khánh Linh đã phê duyệt lúc 10:00 ngày 27/11/2026."));
        var actions = card["actions"]!.AsArray();
        Assert.Single(actions);
        Assert.Equal("Action.OpenUrl", actions[0]!["type"]!.GetValue<string>());
        Assert.Contains("Khánh Linh đã phê duyệt", card.ToJsonString(Readable), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SupersededDraft_NoButtonsAndSaysANewerVersionExists()
    {
        var card = DraftCard.Build(new DraftCardView(Draft(), "Điện lực", EditorUrl, "Quân đã sửa bản nháp lúc 10:00 ngày 27/11/2026.", Superseded: true));
        var text = card.ToJsonString(Readable);

        Assert.Equal(["Action.OpenUrl"], card["actions"]!.AsArray().Select(a => a!["type"]!.GetValue<string>()));
        Assert.Contains("Bản nháp đã có phiên bản mới", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bản nháp chờ biên tập viên duyệt", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_DraftApprovedAndRefused_ValidAdaptiveCard15()
    {
        var cards = new List<JsonObject>
        {
            DraftCard.Build(new DraftCardView(Draft(), "Điện lực", EditorUrl)),
            DraftCard.Build(new DraftCardView(Draft() with { Status = EntryStatus.Retired }, "Điện lực", EditorUrl, "An đã từ chối.")),
            DraftCard.Build(new DraftCardView(Draft(), "Điện lực", EditorUrl, "Bạn không thuộc nhóm biên tập viên.", NoticeIsError: true)),
            DraftCard.Build(new DraftCardView(Draft(), "Điện lực", EditorUrl, "An đã phê duyệt lúc 10:00.\n\nBình đã sửa bản nháp.", Superseded: true)),
        };

        var problems = await CardRenderer.ProblemsAsync(cards, TestContext.Current.CancellationToken);

        Assert.All(problems, p => Assert.True(p.Count == 0, string.Join("\n", p)));
    }

    private static KnowledgeEntry Draft() => new()
    {
        Id = "bt-123",
        Kind = EntryKind.QuestionAnswer,
        Field = "dien-luc",
        Title = "Điều kiện cấp giấy phép *điện lực*",
        Question = "Hộ kinh doanh có cần giấy phép?",
        Body = "Theo Nghị định 137/2013/NĐ-CP, hộ kinh doanh bán lẻ điện ở nông thôn cần giấy phép.",
        Status = EntryStatus.Draft,
        Version = 2,
        Provenance = Provenance.StaffAnswer,
    };
}
