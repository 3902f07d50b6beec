using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>The one entry point for updates, whether they came by webhook or by polling.</summary>
public sealed class TelegramUpdateRouter(
    TelegramBotIdentity identity,
    CommandHandler commands,
    QuestionHandler questions,
    CallbackHandler callbacks,
    RegistrationDialog registration,
    AttachmentHandler attachments,
    TelegramSender sender)
{
    public Task RouteAsync(Update update, CancellationToken cancellationToken) => update switch
    {
        { Message: { } message } when !ChatAddressing.IsAddressed(message, identity.Username) => Task.CompletedTask,
        { Message: { Contact: { } contact } message } => registration.ContactAsync(message, contact, cancellationToken),
        { Message: { Document: not null } or { Photo: not null } } => attachments.ReceiveAsync(update.Message, cancellationToken),
        { Message: { Text: { } text } message } => TextAsync(message, text, cancellationToken),
        { Message: { From.IsBot: false } message } when message.Type is not (MessageType.NewChatMembers or MessageType.LeftChatMember) =>
            sender.SendHtmlAsync(message.Chat.Id, BotTexts.UnsupportedMessage, cancellationToken: cancellationToken),
        { CallbackQuery: { } query } => callbacks.HandleAsync(query, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task TextAsync(Message message, string text, CancellationToken cancellationToken)
    {
        if (TelegramCommand.Parse(text) is { } command)
        {
            if (command.IsFor(identity.Username))
            {
                await commands.HandleAsync(message, command, cancellationToken);
            }

            return;
        }

        if (message.Chat.Type == ChatType.Private && await registration.ContinueAsync(message, text, cancellationToken))
        {
            return;
        }

        await questions.AskAsync(message, ChatAddressing.WithoutMention(text, identity.Username), cancellationToken);
    }
}
