namespace MoitBot.Bot.Channels.Teams.Protocol;

/// <summary>{"id"} returned by send, reply and update (may be absent on a 202).</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>Returned by POST /v3/conversations: the thread id and the root message id.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>GET /v3/teams/{id}/conversations.</summary>
public sealed record ConversationList(List<TeamsEntityRef>? Conversations);

/// <summary>Body of POST /v3/conversations for a new thread in a channel.</summary>
public sealed record ConversationParameters(bool IsGroup, TeamsChannelData ChannelData, string? TenantId, Activity Activity);

/// <summary>The synchronous answer to an adaptiveCard/action invoke.</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, System.Text.Json.Nodes.JsonNode? Value)
{
    public static AdaptiveCardInvokeResponse Card(System.Text.Json.Nodes.JsonObject card) => new(200, Attachment.AdaptiveCardType, card);

    public static AdaptiveCardInvokeResponse Error(int status, string code, string message) =>
        new(status, "application/vnd.microsoft.error", new System.Text.Json.Nodes.JsonObject { ["code"] = code, ["message"] = message });
}
