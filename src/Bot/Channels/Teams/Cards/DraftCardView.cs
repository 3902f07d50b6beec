using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>What the draft card shows: the entry, its field's name, the web UI link, and an optional notice (who did what, or a refusal).</summary>
public sealed record DraftCardView(KnowledgeEntry Entry, string FieldName, Uri EditorUrl, string? Notice = null, bool NoticeIsError = false);
