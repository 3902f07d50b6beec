using static MoitBot.Bot.Channels.Teams.Cards.CardElements;
using System.Text.Json.Nodes;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>
/// The editors' card for a draft (Adaptive Card 1.5): title, field, provenance, the question and
/// answer (shortened), and Approve / Open in the web UI / Reject. Once the version is no longer a
/// pending draft (approved, rejected, retired, or replaced by a newer version) only the link remains.
/// </summary>
public static class DraftCard
{
    public const int MaxQuestionLength = 500;
    public const int MaxBodyLength = 1500;

    public static JsonObject Build(DraftCardView view)
    {
        var entry = view.Entry;
        var pending = view.IsPending;
        var body = new JsonArray();
        if (view.Notice is not null)
        {
            body.Add(Text(view.Notice, weight: "Bolder", color: view.NoticeIsError ? "Attention" : "Good"));
        }

        body.Add(new JsonObject
        {
            ["type"] = "Container",
            ["style"] = view.Superseded ? "warning" : entry.Status == EntryStatus.Draft ? "emphasis" : entry.Status == EntryStatus.Approved ? "good" : "attention",
            ["bleed"] = true,
            ["items"] = new JsonArray(
                Text(Heading(view), size: "Medium", weight: "Bolder"),
                Text(CardText.Escape(entry.Title), weight: "Bolder")),
        });
        body.Add(new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray(
                Fact("Lĩnh vực", view.FieldName),
                Fact("Nguồn", ProvenanceText(entry.Provenance)),
                Fact("Mã mục", $"{entry.Id} (phiên bản {entry.Version})")),
        });
        if (!string.IsNullOrWhiteSpace(entry.Question))
        {
            body.Add(Section("Câu hỏi"));
            body.Add(Text(CardText.Escape(Shorten(entry.Question, MaxQuestionLength))));
        }

        body.Add(Section("Trả lời"));
        body.Add(Text(CardText.Escape(Shorten(entry.Body, MaxBodyLength))));

        var actions = new JsonArray();
        if (pending)
        {
            actions.Add(Execute("Phê duyệt", DraftCardVerbs.Approve, entry, style: "positive"));
        }

        actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Mở trong trang biên tập", ["url"] = view.EditorUrl.AbsoluteUri });
        if (pending)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.ShowCard",
                ["title"] = "Từ chối",
                ["card"] = new JsonObject
                {
                    ["type"] = "AdaptiveCard",
                    ["body"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "Input.Text", ["id"] = DraftCardVerbs.ReasonInput, ["label"] = "Lý do từ chối", ["placeholder"] = "Ghi rõ lý do để người soạn biết",
                        ["isMultiline"] = true, ["isRequired"] = true, ["errorMessage"] = "Hãy ghi lý do từ chối", ["maxLength"] = 1000,
                    }),
                    ["actions"] = new JsonArray(Execute("Từ chối", DraftCardVerbs.Reject, entry, style: "destructive")),
                },
            });
        }

        return new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = EscalationCard.Version,
            ["body"] = body,
            ["actions"] = actions,
        };
    }

    public static string ProvenanceText(Provenance provenance) => provenance switch
    {
        Provenance.StaffAnswer => "Câu trả lời của cán bộ Bộ",
        Provenance.Ingested => "Thu thập từ văn bản, trang tin",
        Provenance.Editor => "Biên tập viên soạn",
        _ => "Dữ liệu mẫu",
    };

    private static string Heading(DraftCardView view) =>
        view.Superseded ? "Bản nháp đã có phiên bản mới"
        : view.Entry.Status == EntryStatus.Draft ? "Bản nháp chờ biên tập viên duyệt"
        : $"Mục hỏi đáp {StatusText(view.Entry.Status)}";

    private static string StatusText(EntryStatus status) => status switch
    {
        EntryStatus.Approved => "đã phê duyệt",
        EntryStatus.Retired => "đã gỡ / từ chối",
        _ => "bản nháp",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max).TrimEnd(), "…");

    private static JsonObject Execute(string title, string verb, KnowledgeEntry entry, string style) => new()
    {
        ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["style"] = style,
        ["data"] = new JsonObject { [DraftCardVerbs.EntryIdData] = entry.Id, [DraftCardVerbs.VersionData] = entry.Version },
    };
}
