using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using Telegram.Bot.Types.ReplyMarkups;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>The bot's inline keyboards.</summary>
public static class Keyboards
{
    public static InlineKeyboardMarkup ForAnswer(long answerId, AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Answered => new InlineKeyboardMarkup(
        [
            [Button("👍 Hữu ích", CallbackData.Helpful, answerId), Button("👎 Chưa đúng", CallbackData.NotHelpful, answerId)],
            [Button("📨 Hỏi cán bộ Bộ", CallbackData.Escalate, answerId), Button("📖 Xem căn cứ", CallbackData.Sources, answerId)],
        ]),
        _ => new InlineKeyboardMarkup([[Button("📨 Hỏi cán bộ Bộ", CallbackData.Escalate, answerId)]]),
    };

    public static InlineKeyboardMarkup EscalationProposal(long answerId, FieldDefinition field) => new(
    [
        [InlineKeyboardButton.WithCallbackData("✅ Gửi câu hỏi", new CallbackData(CallbackData.EscalateSend, answerId.ToString(System.Globalization.CultureInfo.InvariantCulture), field.Code).ToString())],
        [Button("🔀 Chọn lĩnh vực khác", CallbackData.EscalateChooseField, answerId)],
    ]);

    public static InlineKeyboardMarkup FieldChoice(long answerId, IEnumerable<FieldDefinition> fields) => new(
        fields.Select(f => new[] { InlineKeyboardButton.WithCallbackData(f.Name, new CallbackData(CallbackData.EscalateSend, answerId.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Code).ToString()) }));

    public static InlineKeyboardMarkup Fields(IEnumerable<FieldDefinition> fields) => new(
        fields.Chunk(2).Select(row => row.Select(f => InlineKeyboardButton.WithCallbackData(f.Name, $"{CallbackData.Field}:{f.Code}"))));

    /// <summary>One button per entry; an entry whose id would not fit Telegram's 64-byte callback data is left out.</summary>
    public static InlineKeyboardMarkup Entries(string action, IEnumerable<KnowledgeEntry> entries) => new(
        entries.Where(e => System.Text.Encoding.UTF8.GetByteCount($"{action}:{e.Id}") <= 64)
            .Select(e => new[] { InlineKeyboardButton.WithCallbackData(Shorten(e.Question ?? e.Title, 60), $"{action}:{e.Id}") }));

    public static InlineKeyboardMarkup Provinces(IReadOnlyList<string> provinces) => new(
        provinces.Select((p, i) => InlineKeyboardButton.WithCallbackData(p, $"{CallbackData.Province}:{i}")).Chunk(3));

    public static ReplyMarkup SharePhone() => new ReplyKeyboardMarkup(
    [
        [KeyboardButton.WithRequestContact("📱 Chia sẻ số điện thoại")],
        [new KeyboardButton("Bỏ qua")],
    ])
    { OneTimeKeyboard = true, ResizeKeyboard = true };

    public static ReplyMarkup RemoveKeyboard() => new ReplyKeyboardRemove();

    public static InlineKeyboardMarkup RateStaffAnswer(string ticketCode) => new(
    [[
        InlineKeyboardButton.WithCallbackData("👍 Hữu ích", $"{CallbackData.RateStaffAnswer}:{ticketCode}:up"),
        InlineKeyboardButton.WithCallbackData("👎 Chưa rõ", $"{CallbackData.RateStaffAnswer}:{ticketCode}:down"),
    ]]);

    private static InlineKeyboardButton Button(string text, string action, long id) =>
        InlineKeyboardButton.WithCallbackData(text, $"{action}:{id}");

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
