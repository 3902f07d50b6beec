using System.Net.Http.Headers;

namespace MoitBot.Bot.Channels.Teams.Auth;

/// <summary>Puts the bot's token on every Connector call (none in anonymous local mode).</summary>
public sealed class BotTokenHandler(BotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
