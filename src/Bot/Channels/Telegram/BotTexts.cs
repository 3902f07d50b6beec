namespace MoitBot.Bot.Channels.Telegram;

/// <summary>What the bot says, in one place (Vietnamese, HTML parse mode: no user text here).</summary>
public static class BotTexts
{
    public const string Welcome =
        "Xin chào! Tôi là <b>trợ lý hỏi đáp ngành Công Thương</b> của Bộ Công Thương dành cho cán bộ cấp xã, phường.\n\n"
        + "<b>Tôi làm được:</b>\n"
        + "• Trả lời câu hỏi về quản lý nhà nước ngành Công Thương (điện lực, kinh doanh rượu, thuốc lá, xăng dầu, hóa chất, thương mại điện tử, an toàn thực phẩm, khuyến công...) kèm căn cứ pháp lý: số văn bản, điều, khoản và đường dẫn.\n"
        + "• Cho biết việc nào do xã, việc nào do tỉnh, việc nào do Bộ thực hiện (/phancap).\n"
        + "• Chuyển câu hỏi chưa có hướng dẫn tới đơn vị phụ trách của Bộ; cán bộ Bộ trả lời trong ngày làm việc.\n\n"
        + "<b>Tôi không làm:</b>\n"
        + "• Không thay thế văn bản chính thức, không cấp phép, không xử lý hồ sơ hay khiếu nại.\n"
        + "• Không tự đặt ra căn cứ: câu trả lời chỉ lấy từ ngân hàng hỏi đáp đã được Bộ duyệt.\n\n"
        + "Bạn có thể hỏi ngay, gõ có dấu hoặc không dấu. Để gửi câu hỏi tới cán bộ Bộ, hãy đăng ký bằng lệnh /dangky.";

    public const string Help =
        "<b>Hướng dẫn sử dụng</b>\n"
        + "• Gõ câu hỏi bằng tiếng Việt (có dấu hoặc không dấu), ví dụ: <i>thủ tục cấp giấy phép bán lẻ rượu</i>.\n"
        + "• Hỏi tiếp ngắn gọn (ví dụ <i>còn hồ sơ thì sao?</i>) sẽ được hiểu theo câu hỏi trước.\n"
        + "• Nút <b>Xem căn cứ</b>: xem nguyên văn đoạn văn bản được trích dẫn.\n"
        + "• Nút <b>Hỏi cán bộ Bộ</b>: gửi câu hỏi tới đơn vị phụ trách (cần đăng ký). Có thể gửi kèm ảnh hoặc tệp PDF trước khi bấm.\n"
        + "• Trong nhóm, hãy nhắc tên bot (@) hoặc trả lời tin nhắn của bot.\n\n"
        + "<b>Lệnh</b>\n"
        + "/linhvuc – các lĩnh vực và câu hỏi thường gặp\n"
        + "/phancap – sổ tay phân cấp: xã, tỉnh, Bộ làm gì\n"
        + "/cauhoi – câu hỏi của tôi và trạng thái\n"
        + "/dangky – đăng ký cán bộ để hỏi cán bộ Bộ\n"
        + "/mamoi – nhập mã mời của Sở Công Thương\n"
        + "/huongdan – hướng dẫn này";

    public const string RateLimited =
        "Bạn đã gửi khá nhiều câu hỏi trong thời gian ngắn. Xin vui lòng đợi ít phút rồi hỏi tiếp. Cảm ơn bạn!";

    public const string TurnFailed =
        "Xin lỗi, hệ thống đang bận và chưa trả lời được tin nhắn này. Bạn vui lòng gửi lại sau ít phút.";

    public const string UnsupportedMessage =
        "Tôi chỉ đọc được tin nhắn chữ, ảnh và tệp PDF. Bạn vui lòng gõ câu hỏi bằng chữ.";

    public const string PrivateOnly =
        "Lệnh này chứa thông tin cá nhân nên chỉ dùng trong trò chuyện riêng với bot.";

    public const string UnknownCommand = "Tôi chưa hiểu lệnh này. Gõ /huongdan để xem các lệnh.";

    public const string Thanks = "Cảm ơn bạn đã đánh giá!";

    public const string ThanksNotRight =
        "Cảm ơn bạn! Nếu câu trả lời chưa đúng, bạn có thể bấm <b>Hỏi cán bộ Bộ</b> để cán bộ Bộ trả lời.";

    public const string AskerOnly = "Chỉ người đặt câu hỏi mới gửi được câu hỏi này tới cán bộ Bộ.";

    public const string AnswerExpired = "Câu trả lời này không còn, bạn vui lòng hỏi lại.";
}
