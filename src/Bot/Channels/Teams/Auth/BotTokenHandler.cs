using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Hosting;

namespace MoitBot.Bot.Channels.Teams.Auth;

/// <summary>Puts the bot's token on every Connector call (none in anonymous local mode), only towards trusted Connector hosts.</summary>
public sealed class BotTokenHandler(BotTokenProvider tokens, IOptions<TeamsOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (tokens.IsEnabled)
        {
            var hosts = options.Value.TrustedServiceHosts is { Count: > 0 } configured ? configured : TrustedServiceHosts.Defaults;
            if (!TrustedServiceHosts.IsTrusted(request.RequestUri, hosts))
            {
                throw new InvalidOperationException(
                    $"Refusing to send the bot's token to {request.RequestUri?.GetLeftPart(UriPartial.Authority)}: not https or not a trusted Bot Connector host (Teams:TrustedServiceHosts).");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
