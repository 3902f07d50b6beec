using static MoitBot.Bot.Channels.Teams.Cards.CardElements;
using System.Text.Json.Nodes;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>
/// The escalation card (Adaptive Card 1.5, Universal Actions): the question, the asker, the
/// deadline coloured by SLA state, the bot's sources, duplicates, history, and the staff actions.
/// </summary>
public static class EscalationCard
{
    public const string Version = "1.5";

    public static JsonObject Build(CardView view)
    {
        var ticket = view.Ticket;
        var body = new JsonArray();
        if (view.Notice is not null)
        {
            body.Add(Text(view.Notice, weight: "Bolder", color: view.NoticeIsError ? "Attention" : "Good"));
        }

        body.Add(new JsonObject
        {
            ["type"] = "Container",
            ["style"] = view.Sla switch { SlaState.Late => "attention", SlaState.DueSoon => "warning", _ => ticket.IsOpen ? "emphasis" : "good" },
            ["bleed"] = true,
            ["items"] = new JsonArray(
                Text($"Câu hỏi cần Bộ trả lời · {ticket.Code}", size: "Medium", weight: "Bolder"),
                Text($"{CardText.StatusText(ticket)} · {view.DepartmentName}", isSubtle: true)),
        });
        body.Add(Text(CardText.Escape(ticket.Question)));
        body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = Facts(view) });
        body.Add(Text($"Hạn trả lời: {CardText.Format(view.DeadlineLocal)} ({CardText.SlaText(view.Sla)})", weight: "Bolder", color: CardText.SlaColor(view.Sla)));

        if (ticket.Attachments.Count > 0)
        {
            body.Add(Section("Tệp đính kèm"));
            body.Add(Text(string.Join("\n", ticket.Attachments.Select(a => "- " + CardText.Escape(Path.GetFileName(a))))));
        }

        if (view.Sources.Count > 0)
        {
            body.Add(Section("Nguồn bot đã tìm thấy"));
            body.Add(Text(string.Join("\n", view.Sources.Select(s => $"- [{CardText.Escape(s.Title)}]({s.Url})"))));
        }

        if (view.DuplicateCount > 0)
        {
            body.Add(Text($"Có thêm {view.DuplicateCount} xã/phường hỏi cùng nội dung; câu trả lời sẽ được gửi cho tất cả.", color: "Accent"));
        }

        if (ticket.Answer is not null)
        {
            body.Add(Section($"Câu trả lời của {ticket.AnsweredBy}"));
            body.Add(Text(CardText.Escape(ticket.Answer)));
            if (ticket.LegalBasis is not null)
            {
                body.Add(Text($"Căn cứ: {CardText.Escape(ticket.LegalBasis)}", isSubtle: true));
            }
        }

        if (view.History.Count > 0)
        {
            body.Add(Section("Diễn biến"));
            body.Add(Text(string.Join("\n", view.History.TakeLast(6).Select(e => $"- {CardText.Format(e.At.ToOffset(view.DeadlineLocal.Offset))}: {CardText.EventText(e)}")), isSubtle: true));
        }

        if (view.LinkCandidates.Count > 0 && ticket.IsOpen)
        {
            body.Add(LinkPicker(view));
        }

        if (ticket.IsOpen && QuickActions(view) is { } quick)
        {
            body.Add(quick);
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["body"] = body,
            ["actions"] = ticket.IsOpen ? Actions(view) : new JsonArray(),
        };
        if (ticket.IsOpen)
        {
            card["refresh"] = new JsonObject { ["action"] = Execute("Làm mới", CardVerbs.Refresh, ticket.Id), ["userIds"] = new JsonArray() };
        }

        return card;
    }

    private static JsonArray Facts(CardView view)
    {
        var ticket = view.Ticket;
        var asker = view.Asker;
        var facts = new JsonArray(
            Fact("Mã phiếu", ticket.Code),
            Fact("Lĩnh vực", view.FieldName),
            Fact("Người hỏi", asker is null ? "(không rõ)" : CardText.Escape(asker.FullName)),
            Fact("Chức vụ", asker is null ? "—" : CardText.Escape(asker.Position)),
            Fact("Địa phương", asker is null ? "—" : CardText.Escape($"{asker.Commune}, {asker.Province}")),
            Fact("Xác minh", asker?.IsVerified == true ? "Đã xác minh" : "Chưa xác minh"),
            Fact("Nhận lúc", CardText.Format(view.ReceivedLocal)));
        if (ticket.ClaimedBy is not null)
        {
            facts.Add(Fact("Người xử lý", CardText.Escape(ticket.ClaimedBy)));
        }

        if (ticket.InvolvesLegal)
        {
            facts.Add(Fact("Phối hợp", "Vụ Pháp chế"));
        }

        if (ticket.Status == TicketStatus.WaitingAuthority && ticket.Authority is not null)
        {
            facts.Add(Fact("Chờ ý kiến", CardText.Escape(ticket.Authority)));
        }

        return facts;
    }

    /// <summary>Quick actions in the body (hosts allow only a few card-level actions).</summary>
    private static JsonObject? QuickActions(CardView view)
    {
        var id = view.Ticket.Id;
        var actions = new JsonArray();
        if (view.Ticket.Status == TicketStatus.Open)
        {
            actions.Add(Execute("Nhận xử lý", CardVerbs.Claim, id));
        }

        if (view.Ticket.Status == TicketStatus.WaitingAuthority)
        {
            actions.Add(Execute("Tiếp tục xử lý", CardVerbs.Resume, id));
        }

        if (!view.Ticket.InvolvesLegal)
        {
            actions.Add(Execute("Mời Vụ Pháp chế", CardVerbs.InviteLegal, id));
        }

        return actions.Count == 0 ? null : new JsonObject { ["type"] = "ActionSet", ["actions"] = actions };
    }

    private static JsonArray Actions(CardView view)
    {
        var id = view.Ticket.Id;
        var actions = new JsonArray
        {
            ShowCard("Trả lời",
                Input("Input.Text", CardVerbs.AnswerInput, "Nội dung trả lời", "Nhập câu trả lời cho cán bộ xã", multiline: true, required: true, maxLength: 4000),
                Input("Input.Text", CardVerbs.LegalBasisInput, "Căn cứ pháp lý (không bắt buộc)", "Ví dụ: Điều 25 Nghị định 105/2017/NĐ-CP", maxLength: 500),
                Execute("Gửi câu trả lời", CardVerbs.Answer, id)),
        };
        var choices = new JsonArray(view.Departments.Where(d => d.Value != view.Ticket.Department)
            .Select(d => (JsonNode)new JsonObject { ["title"] = d.Title, ["value"] = d.Value }).ToArray());
        actions.Add(ShowCard("Chuyển đơn vị",
            new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = CardVerbs.DepartmentInput, ["label"] = "Đơn vị tiếp nhận", ["isRequired"] = true, ["errorMessage"] = "Chọn một đơn vị", ["choices"] = choices },
            Execute("Chuyển", CardVerbs.Reassign, id)));
        if (view.Ticket.Status != TicketStatus.WaitingAuthority)
        {
            actions.Add(ShowCard("Cần xin ý kiến cơ quan có thẩm quyền",
                Input("Input.Text", CardVerbs.AuthorityInput, "Cơ quan cần xin ý kiến", "Ví dụ: Bộ Tài chính", required: true, maxLength: 300),
                Execute("Xác nhận (tạm dừng tính hạn)", CardVerbs.NeedAuthority, id)));
        }

        actions.Add(ShowCard("Đã có câu trả lời",
            Input("Input.Text", CardVerbs.EntryQueryInput, "Tìm trong ngân hàng hỏi đáp", "Từ khóa hoặc mã mục hỏi đáp", required: true, maxLength: 300),
            Execute("Tìm", CardVerbs.SearchEntries, id)));
        return actions;
    }

    private static JsonObject LinkPicker(CardView view) => new()
    {
        ["type"] = "Container",
        ["style"] = "emphasis",
        ["items"] = new JsonArray(
            Text("Chọn câu trả lời đã phê duyệt để gửi cho cán bộ xã:", weight: "Bolder"),
            new JsonObject
            {
                ["type"] = "Input.ChoiceSet", ["id"] = CardVerbs.EntryIdInput, ["label"] = "Mục hỏi đáp", ["style"] = "expanded", ["isRequired"] = true, ["errorMessage"] = "Chọn một mục",
                ["choices"] = new JsonArray(view.LinkCandidates.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
            },
            new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(Execute("Gửi câu trả lời này", CardVerbs.LinkEntry, view.Ticket.Id)) }),
    };

    private static JsonObject Execute(string title, string verb, long ticketId) => new()
    {
        ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = new JsonObject { [CardVerbs.TicketIdData] = ticketId },
    };

    private static JsonObject ShowCard(string title, params JsonNode[] items)
    {
        var inputs = items.Take(items.Length - 1).ToArray();
        var action = items[^1];
        return new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = title,
            ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(inputs), ["actions"] = new JsonArray(action) },
        };
    }

    private static JsonObject Input(string type, string id, string label, string placeholder, bool multiline = false, bool required = false, int maxLength = 0)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label, ["placeholder"] = placeholder };
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = "Vui lòng nhập nội dung";
        }

        if (maxLength > 0)
        {
            input["maxLength"] = maxLength;
        }

        return input;
    }
}
