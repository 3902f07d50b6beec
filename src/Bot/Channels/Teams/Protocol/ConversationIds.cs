namespace MoitBot.Bot.Channels.Teams.Protocol;

/// <summary>Teams conversation ids: a channel thread is "{channelId};messageid={rootMessageId}".</summary>
public static class ConversationIds
{
    private const string ThreadMarker = ";messageid=";

    public static string? ChannelOf(string? conversationId)
    {
        if (conversationId is null)
        {
            return null;
        }

        var index = conversationId.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? conversationId : conversationId[..index];
    }

    public static string Thread(string channelId, string rootMessageId) => $"{ChannelOf(channelId)}{ThreadMarker}{rootMessageId}";

    /// <summary>
    /// The thread a POST /v3/conversations started in <paramref name="channelId"/>: its conversation id and root message id
    /// (empty when Teams returned neither an activity id nor a thread id naming one; the message cannot be updated then).
    /// </summary>
    public static (string ConversationId, string RootId) ThreadOf(ConversationResourceResponse? created, string channelId)
    {
        var index = created?.Id?.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase) ?? -1;
        var rootId = created?.ActivityId ?? (index < 0 ? null : created!.Id![(index + ThreadMarker.Length)..]);
        return (created?.Id ?? (rootId is null ? channelId : Thread(channelId, rootId)), rootId ?? string.Empty);
    }
}
