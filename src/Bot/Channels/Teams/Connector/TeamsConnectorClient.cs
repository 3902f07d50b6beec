using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using MoitBot.Bot.Channels.Teams.Protocol;

namespace MoitBot.Bot.Channels.Teams.Connector;

/// <summary>
/// The Bot Connector REST calls the desk needs ({serviceUrl}/v3/...). Tokens and retries
/// (Retry-After on 429, back-off on 412/5xx) come from the HttpClient's handlers.
/// </summary>
public sealed class TeamsConnectorClient(HttpClient http)
{
    private static TeamsJsonContext Json => TeamsJsonContext.Default;

    public Task<ResourceResponse?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities"), activity, Json.Activity, Json.ResourceResponse, cancellationToken);

    public Task<ResourceResponse?> ReplyAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}"), activity, Json.Activity, Json.ResourceResponse, cancellationToken);

    public Task<ResourceResponse?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Put, Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}"), activity, Json.Activity, Json.ResourceResponse, cancellationToken);

    /// <summary>Starts a new thread in a channel with the given message; returns the thread id and root message id.</summary>
    public Task<ConversationResourceResponse?> CreateChannelThreadAsync(string serviceUrl, string channelId, string? tenantId, Activity activity, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters(
            true,
            new TeamsChannelData { Channel = new TeamsEntityRef { Id = channelId }, Tenant = tenantId is null ? null : new TeamsEntityRef { Id = tenantId } },
            tenantId,
            activity);
        return SendJsonAsync(HttpMethod.Post, Url(serviceUrl, "v3/conversations"), parameters, Json.ConversationParameters, Json.ConversationResourceResponse, cancellationToken);
    }

    /// <summary>One member of a conversation or team; null when the user is not a member (404).</summary>
    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/members/{Esc(userId)}"), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return null;
        }

        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync(Json.ChannelAccount, cancellationToken);
    }

    public async Task<IReadOnlyList<TeamsEntityRef>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Url(serviceUrl, $"v3/teams/{Esc(teamId)}/conversations"), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var list = await response.Content.ReadFromJsonAsync(Json.ConversationList, cancellationToken);
        return list?.Conversations ?? [];
    }

    private async Task<TResponse?> SendJsonAsync<TBody, TResponse>(HttpMethod method, Uri url, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : class
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, bodyType) };
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(text) ? null : System.Text.Json.JsonSerializer.Deserialize(text, responseType);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new ConnectorException(response.StatusCode, $"Bot Connector {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} failed with {(int)response.StatusCode}: {Truncate(body)}");
    }

    private static string Truncate(string text) => text.Length > 500 ? text[..500] : text;

    private static string Esc(string value) => Uri.EscapeDataString(value);

    private static Uri Url(string serviceUrl, string path) => new(serviceUrl.TrimEnd('/') + "/" + path);
}
