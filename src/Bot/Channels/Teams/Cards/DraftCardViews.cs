using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>Builds the draft card's view: the field's Vietnamese name and the web UI address of the entry.</summary>
public sealed class DraftCardViews(MinistryCatalog catalog, IOptions<AnsweringOptions> answering)
{
    public DraftCardView Create(KnowledgeEntry entry, string? notice = null, bool noticeIsError = false) =>
        new(entry, catalog.FindField(entry.Field)?.Name ?? entry.Field, EditorialLinks.EditorUrl(answering.Value.PublicBaseUrl, entry.Id), notice, noticeIsError);
}
