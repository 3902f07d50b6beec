using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>
/// What the draft card shows: the entry (the posted version's content, with the status it has now), its field's name, the web UI
/// link, an optional notice (who did what and when, or a refusal), and whether a newer version replaced it (then it has no buttons).
/// </summary>
public sealed record DraftCardView(KnowledgeEntry Entry, string FieldName, Uri EditorUrl, string? Notice = null, bool NoticeIsError = false, bool Superseded = false)
{
    /// <summary>Still awaiting an editor on this card: only then does it carry Approve and Reject.</summary>
    public bool IsPending => Entry.Status == EntryStatus.Draft && !Superseded;
}
