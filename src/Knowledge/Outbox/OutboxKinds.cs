namespace MoitBot.Knowledge.Outbox;

/// <summary>Kinds of outbox messages. Channel deliveries are "{channel}.answer".</summary>
public static class OutboxKinds
{
    /// <summary>Payload <see cref="Escalation.AnswerDelivery"/>: a staff answer to deliver to the official on Telegram.</summary>
    public const string TelegramAnswer = "telegram.answer";

    /// <summary>Payload <see cref="Escalation.TicketNotice"/>: a new ticket to post as a card in the department's Teams channel.</summary>
    public const string TeamsTicketOpened = "teams.ticket-opened";

    /// <summary>Payload <see cref="Escalation.TicketNotice"/>: a ticket changed; update its card and thread.</summary>
    public const string TeamsTicketUpdated = "teams.ticket-updated";

    /// <summary>Payload <see cref="Escalation.TicketNotice"/>: turn the ticket's staff answer into a draft entry for editors.</summary>
    public const string KnowledgeDraft = "knowledge.draft-from-ticket";

    /// <summary>Payload <see cref="Editorial.DraftNotice"/>: a new or changed draft to post as a card in the editors' Teams channel.</summary>
    public const string TeamsDraftCard = "teams.draft-card";

    /// <summary>
    /// Payload <see cref="Editorial.DraftNotice"/>: this version of an entry was saved (approved, rejected, retired, reopened
    /// or edited), so the card posted for an earlier draft version is updated for everyone to show what became of it.
    /// </summary>
    public const string TeamsDraftCardUpdated = "teams.draft-card-updated";

    public static string AnswerKindFor(string channel) => $"{channel}.answer";
}
