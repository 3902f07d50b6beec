using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoitBot.Bot.Channels.Teams.Protocol;

/// <summary>
/// A Bot Framework activity: only the fields the desk uses, the rest kept in <see cref="Extra"/>
/// so an unexpected shape from Teams never fails deserialisation.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Action { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public JsonElement? Value { get; set; }
    public TeamsChannelData? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>The channel's own id (without ";messageid=" of a thread), when the activity comes from a channel.</summary>
    public string? TeamsChannelId =>
        ChannelData?.Channel?.Id ?? (Conversation?.ConversationType == "channel" ? ConversationIds.ChannelOf(Conversation.Id) : null);

    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;
}
