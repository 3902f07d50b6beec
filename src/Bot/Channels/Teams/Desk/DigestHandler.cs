using System.Globalization;
using System.Text;
using System.Text.Json;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Protocol;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>"teams.digest": the morning list of open tickets of the departments served by a channel.</summary>
public sealed class DigestHandler(
    EscalationService escalation,
    ChannelResolver resolver,
    MinistryCatalog catalog,
    WorkingCalendar calendar,
    TeamsConnectorClient connector) : IOutboxHandler
{
    public string Kind => TeamsOutboxKinds.Digest;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var digest = JsonSerializer.Deserialize<TeamsDigest>(message.Payload, KnowledgeJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has no digest.");
        var departments = new List<string>();
        ChannelRecord? channel = null;
        foreach (var department in catalog.Departments)
        {
            var resolved = await resolver.ResolveAsync(department.Code, cancellationToken);
            if (resolved?.ChannelId == digest.ChannelId)
            {
                departments.Add(department.Code);
                channel = resolved;
            }
        }

        var open = (await escalation.ListOpenAsync(null, cancellationToken)).Where(t => departments.Contains(t.Department)).ToList();
        if (channel is null || open.Count == 0)
        {
            return;
        }

        var text = new StringBuilder($"**Phiếu câu hỏi đang mở ngày {digest.Day:dd/MM/yyyy}: {open.Count} phiếu**");
        foreach (var ticket in open.OrderBy(t => t.DeadlineAt))
        {
            var state = CardText.SlaText(escalation.SlaOf(ticket));
            var who = ticket.ClaimedBy is null ? "chưa có người nhận" : $"đang xử lý: {CardText.Escape(ticket.ClaimedBy)}";
            text.Append(CultureInfo.InvariantCulture, $"\n\n- {ticket.Code} · {catalog.FindDepartment(ticket.Department)?.Name} · hạn {CardText.Format(calendar.ToLocal(ticket.DeadlineAt))} ({state}) · {who}");
        }

        await connector.SendAsync(channel.ServiceUrl, channel.ChannelId, new Activity { Type = "message", Text = text.ToString(), TextFormat = "markdown" }, cancellationToken);
    }
}
