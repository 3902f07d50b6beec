using MoitBot.Knowledge.Escalation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// Registration of a commune official in a private chat: full name, position, commune/ward,
/// province (buttons), optional phone (Telegram's contact button). The result is pending until
/// an operator verifies it or the official enters an invite code (/mamoi).
/// </summary>
public sealed class RegistrationDialog(ConversationStore conversations, OfficialRegistry officials, ProvinceList provinces, TelegramSender sender)
{
    public const string Kind = "register";
    private const int MaxFieldLength = 120;

    public async Task StartAsync(Message message, CancellationToken cancellationToken)
    {
        await conversations.SaveDialogAsync(new DialogState(message.From!.Id, message.Chat.Id, Kind, "name", new Dictionary<string, string>()), cancellationToken);
        await sender.SendHtmlAsync(message.Chat.Id,
            "<b>Đăng ký cán bộ</b> (để gửi câu hỏi tới cán bộ Bộ)\nBước 1/5: Họ và tên của bạn? (gõ /huy để dừng)", cancellationToken: cancellationToken);
    }

    public async Task CancelAsync(Message message, CancellationToken cancellationToken)
    {
        await conversations.EndDialogAsync(message.From!.Id, cancellationToken);
        await sender.SendHtmlAsync(message.Chat.Id, "Đã dừng. Bạn có thể tiếp tục đặt câu hỏi.", Keyboards.RemoveKeyboard(), cancellationToken: cancellationToken);
    }

    /// <summary>Takes the next answer of a registration in progress; false when none is in progress.</summary>
    public async Task<bool> ContinueAsync(Message message, string text, CancellationToken cancellationToken)
    {
        var dialog = await conversations.GetDialogAsync(message.From!.Id, cancellationToken);
        if (dialog is not { Kind: Kind })
        {
            return false;
        }

        var value = text.Trim();
        if (dialog.Step is "name" or "position" or "commune" && (value.Length is 0 or > MaxFieldLength))
        {
            await sender.SendHtmlAsync(message.Chat.Id, "Nội dung cần từ 1 đến 120 ký tự, bạn vui lòng nhập lại.", cancellationToken: cancellationToken);
            return true;
        }

        var province = dialog.Step == "province" ? provinces.Find(value) : null;
        var (next, prompt, markup) = dialog.Step switch
        {
            "name" => ("position", "Bước 2/5: Chức vụ của bạn? (ví dụ: Công chức Kinh tế)", (ReplyMarkup?)null),
            "position" => ("commune", "Bước 3/5: Xã/phường nơi bạn công tác?", null),
            "commune" => ("province", "Bước 4/5: Chọn tỉnh/thành phố:", Keyboards.Provinces(provinces.All)),
            "province" when province is not null => ("phone", PhonePrompt, Keyboards.SharePhone()),
            "province" => ("province", "Bạn vui lòng chọn tỉnh/thành phố bằng nút bên dưới:", Keyboards.Provinces(provinces.All)),
            _ => ("done", string.Empty, null),
        };

        var data = new Dictionary<string, string>(dialog.Data);
        if (dialog.Step is "name" or "position" or "commune")
        {
            data[dialog.Step] = value;
        }
        else if (province is not null)
        {
            data["province"] = province;
        }

        if (next == "done")
        {
            await FinishAsync(message, dialog with { Data = data }, phone: null, cancellationToken);
            return true;
        }

        await conversations.SaveDialogAsync(dialog with { Step = next, Data = data }, cancellationToken);
        await sender.SendHtmlAsync(message.Chat.Id, prompt, markup, cancellationToken: cancellationToken);
        return true;
    }

    public async Task ChooseProvinceAsync(CallbackQuery query, int index, CancellationToken cancellationToken)
    {
        var dialog = await conversations.GetDialogAsync(query.From.Id, cancellationToken);
        if (dialog is not { Kind: Kind, Step: "province" } || index < 0 || index >= provinces.All.Count)
        {
            await sender.AnswerCallbackAsync(query.Id, "Phiên đăng ký đã kết thúc, gõ /dangky để bắt đầu lại.", cancellationToken);
            return;
        }

        var data = new Dictionary<string, string>(dialog.Data) { ["province"] = provinces.All[index] };
        await conversations.SaveDialogAsync(dialog with { Step = "phone", Data = data }, cancellationToken);
        await sender.AnswerCallbackAsync(query.Id, provinces.All[index], cancellationToken);
        await sender.SendHtmlAsync(dialog.ChatId, PhonePrompt, Keyboards.SharePhone(), cancellationToken: cancellationToken);
    }

    public async Task ContactAsync(Message message, Contact contact, CancellationToken cancellationToken)
    {
        var dialog = message.Chat.Type == ChatType.Private ? await conversations.GetDialogAsync(message.From!.Id, cancellationToken) : null;
        if (dialog is not { Kind: Kind, Step: "phone" })
        {
            return;
        }

        // Only the sender's own number is accepted (the button shares it; a forwarded card is someone else's).
        var phone = contact.UserId == message.From!.Id ? contact.PhoneNumber : null;
        await FinishAsync(message, dialog, phone, cancellationToken);
    }

    private const string PhonePrompt = "Bước 5/5 (không bắt buộc): bấm nút để chia sẻ số điện thoại, hoặc chọn “Bỏ qua”.";

    private async Task FinishAsync(Message message, DialogState dialog, string? phone, CancellationToken cancellationToken)
    {
        var userId = message.From!.Id;
        var official = await officials.RegisterAsync(new Official
        {
            Id = TelegramOfficials.IdOf(userId),
            Channel = TelegramOfficials.Channel,
            ExternalId = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ChatId = message.Chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FullName = dialog.Data.GetValueOrDefault("name", "?"),
            Position = dialog.Data.GetValueOrDefault("position", "?"),
            Commune = dialog.Data.GetValueOrDefault("commune", "?"),
            Province = dialog.Data.GetValueOrDefault("province", "?"),
            Phone = phone,
        }, cancellationToken);
        await conversations.EndDialogAsync(userId, cancellationToken);
        var status = official.IsVerified
            ? "Tài khoản của bạn đã được xác minh."
            : "Đăng ký đang <b>chờ xác minh</b>. Nếu Sở Công Thương đã cấp mã mời, gõ <code>/mamoi MÃ</code> để xác minh ngay.";
        await sender.SendHtmlAsync(message.Chat.Id,
            $"✅ Đã ghi nhận đăng ký: {TelegramHtml.Escape(official.FullName)}, {TelegramHtml.Escape(official.Position)}, "
            + $"{TelegramHtml.Escape(official.Commune)}, {TelegramHtml.Escape(official.Province)}.\n{status}\nBạn có thể gửi câu hỏi tới cán bộ Bộ bằng nút <b>Hỏi cán bộ Bộ</b>.",
            Keyboards.RemoveKeyboard(), cancellationToken: cancellationToken);
    }
}
