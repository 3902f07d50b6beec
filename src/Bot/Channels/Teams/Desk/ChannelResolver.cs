using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Hosting;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// Which channel receives a department's cards: the channel linked in Teams ("đăng ký đơn vị"),
/// else the configured one, else the configured default channel. Null = nowhere known yet.
/// </summary>
public sealed class ChannelResolver(TeamsStore store, IOptionsMonitor<TeamsEscalationOptions> escalation, IOptions<TeamsOptions> teams)
{
    public async Task<ChannelRecord?> ResolveAsync(string department, CancellationToken cancellationToken)
    {
        var linked = await store.FindLinkedChannelAsync(department, cancellationToken);
        if (linked is not null)
        {
            return linked;
        }

        var settings = escalation.CurrentValue;
        var configured = settings.For(department);
        if (!string.IsNullOrWhiteSpace(configured?.TeamsChannelId))
        {
            return await FromConfigurationAsync(configured.TeamsChannelId, configured.ServiceUrl, department, cancellationToken);
        }

        return string.IsNullOrWhiteSpace(settings.DefaultTeamsChannelId)
            ? null
            : await FromConfigurationAsync(settings.DefaultTeamsChannelId, settings.DefaultServiceUrl, department, cancellationToken);
    }

    private async Task<ChannelRecord> FromConfigurationAsync(string channelId, string? serviceUrl, string department, CancellationToken cancellationToken)
    {
        var known = await store.GetChannelAsync(channelId, cancellationToken);
        var url = !string.IsNullOrWhiteSpace(serviceUrl) ? serviceUrl : known?.ServiceUrl ?? teams.Value.DefaultServiceUrl.ToString();
        return new ChannelRecord(channelId, known?.TeamId, known?.Name, url, known?.TenantId ?? NullIfEmpty(teams.Value.TenantId), department);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
