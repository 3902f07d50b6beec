using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// A photo or PDF the official sends is checked (type, size, signature), stored, and attached to
/// their next escalated question. A caption is also answered as a question.
/// </summary>
public sealed partial class AttachmentHandler(
    ITelegramBotClient bot,
    TelegramSender sender,
    ConversationStore conversations,
    QuestionHandler questions,
    IOptions<TelegramOptions> options,
    ILogger<AttachmentHandler> logger)
{
    public async Task ReceiveAsync(Message message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var chatId = message.Chat.Id;
        var (fileId, size, extension, name) = message switch
        {
            { Photo: { Length: > 0 } sizes } => (sizes[^1].FileId, sizes[^1].FileSize, ".jpg", "anh.jpg"),
            { Document: { MimeType: "application/pdf" } doc } => (doc.FileId, doc.FileSize, ".pdf", doc.FileName ?? "tep.pdf"),
            { Document: { MimeType: "image/jpeg" or "image/png" } doc } => (doc.FileId, doc.FileSize, doc.MimeType == "image/png" ? ".png" : ".jpg", doc.FileName ?? "anh"),
            _ => (null, null, null, null),
        };
        if (fileId is null)
        {
            await sender.SendHtmlAsync(chatId, "Tôi chỉ nhận ảnh (JPG, PNG) hoặc tệp PDF để gửi kèm câu hỏi.", cancellationToken: cancellationToken);
            return;
        }

        var tooLarge = $"Tệp quá lớn. Dung lượng tối đa là {settings.MaxAttachmentBytes / (1024 * 1024.0):0.#} MB.";
        if (size > settings.MaxAttachmentBytes)
        {
            await sender.SendHtmlAsync(chatId, tooLarge, cancellationToken: cancellationToken);
            return;
        }

        var directory = Path.GetFullPath(Path.Combine(settings.AttachmentsPath, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}{extension}");
        var stored = await DownloadAsync(fileId, path, settings.MaxAttachmentBytes, cancellationToken);
        if (stored is null || !HasExpectedSignature(path, extension!))
        {
            File.Delete(path);
            await sender.SendHtmlAsync(chatId, stored is null
                ? tooLarge
                : "Tệp không đúng định dạng ảnh hoặc PDF nên chưa được nhận.", cancellationToken: cancellationToken);
            return;
        }

        await conversations.AddAttachmentAsync(chatId, message.From?.Id ?? chatId, path, Path.GetFileName(name!), stored.Value, cancellationToken);
        LogStored(logger, stored.Value);
        await sender.SendHtmlAsync(chatId, "📎 Đã nhận tệp. Tệp sẽ được gửi kèm khi bạn bấm <b>Hỏi cán bộ Bộ</b>.", cancellationToken: cancellationToken);
        if (!string.IsNullOrWhiteSpace(message.Caption))
        {
            await questions.AskAsync(message, message.Caption, cancellationToken);
        }
    }

    /// <summary>Downloads at most <paramref name="maxBytes"/>; null when the file turns out larger.</summary>
    private async Task<long?> DownloadAsync(string fileId, string path, int maxBytes, CancellationToken cancellationToken)
    {
        var file = await sender.CallAsync(ct => bot.GetFile(fileId, ct), cancellationToken);
        if (file.FileSize > maxBytes || file.FilePath is null)
        {
            return null;
        }

        await using (var target = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            await sender.CallAsync(async ct =>
            {
                target.SetLength(0);
                await bot.DownloadFile(file.FilePath, target, ct);
            }, cancellationToken);
        }

        var length = new FileInfo(path).Length;
        return length > maxBytes ? null : length;
    }

    private static bool HasExpectedSignature(string path, string extension)
    {
        Span<byte> head = stackalloc byte[8];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head[..read];
        return extension switch
        {
            ".pdf" => bytes.StartsWith("%PDF-"u8),
            ".png" => bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }),
            _ => bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment stored ({SizeBytes} bytes)")]
    private static partial void LogStored(ILogger logger, long sizeBytes);
}
