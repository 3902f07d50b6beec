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
}
