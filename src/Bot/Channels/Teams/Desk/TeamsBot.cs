using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Protocol;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Text;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// Non-invoke activities (processed in the background): the bot joining a team, the channel link
/// command "@MoitBot đăng ký đơn vị &lt;mã&gt;", and questions from staff in a 1:1 chat.
/// </summary>
public sealed partial class TeamsBot(
    TeamsStore store,
    TeamsConnectorClient connector,
    AnswerService answers,
    MinistryCatalog catalog,
    ILogger<TeamsBot> logger)
{
    public async Task OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.IsType("conversationUpdate") && activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true
            || activity.IsType("installationUpdate") && activity.Action is "add" or "add-upgrade")
        {
            await RecordTeamAsync(activity, cancellationToken);
        }
        else if (activity.IsType("conversationUpdate") && activity.ChannelData?.EventType is "channelCreated" or "channelRenamed" && activity.ChannelData.Team?.Id is { } teamId)
        {
            await store.SaveTeamAsync(teamId, activity.ChannelData.Team.Name, activity.ServiceUrl!, activity.TenantId,
                activity.ChannelData.Channel?.Id is { } id ? [(id, activity.ChannelData.Channel.Name)] : [], cancellationToken);
        }
        else if (activity.IsType("message") && activity.Value is null)
        {
            await OnMessageAsync(activity, cancellationToken);
        }
    }

    private async Task RecordTeamAsync(Activity activity, CancellationToken cancellationToken)
    {
        var teamId = activity.ChannelData?.Team?.Id;
        if (teamId is null || activity.ServiceUrl is null)
        {
            return;
        }

        IReadOnlyList<TeamsEntityRef> channels;
        try
        {
            channels = await connector.GetTeamChannelsAsync(activity.ServiceUrl, teamId, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            LogChannelsFailed(logger, ex, teamId);
            channels = activity.TeamsChannelId is { } current ? [new TeamsEntityRef { Id = current }] : [];
        }

        await store.SaveTeamAsync(teamId, activity.ChannelData!.Team!.Name, activity.ServiceUrl, activity.TenantId,
            channels.Where(c => c.Id is not null).Select(c => (c.Id!, c.Name ?? (c.Id == teamId ? "General" : null))), cancellationToken);
        LogTeamRecorded(logger, teamId, channels.Count);
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = MentionText.Strip(activity);
        if (activity.Conversation?.ConversationType == "personal")
        {
            await ReplyAsync(activity, await AnswerAsync(text, cancellationToken), cancellationToken);
            return;
        }

        var folded = VietnameseText.Fold(text);
        var match = LinkCommand().Match(folded);
        if (!match.Success)
        {
            await ReplyAsync(activity, "Để nhận câu hỏi của một đơn vị tại kênh này, hãy nhắn: **@MoitBot đăng ký đơn vị <mã đơn vị>**.\n\n" + DepartmentList(), cancellationToken);
            return;
        }

        var department = catalog.FindDepartment(match.Groups["code"].Value.Trim());
        var channelId = activity.TeamsChannelId;
        if (department is null || channelId is null || activity.ServiceUrl is null)
        {
            var why = channelId is null ? "Lệnh này chỉ dùng trong một kênh của nhóm (team)." : $"Không có đơn vị mã \"{match.Groups["code"].Value.Trim()}\".";
            await ReplyAsync(activity, why + "\n\n" + DepartmentList(), cancellationToken);
            return;
        }

        var channel = new ChannelRecord(channelId, activity.ChannelData?.Team?.Id, activity.ChannelData?.Channel?.Name, activity.ServiceUrl, activity.TenantId, department.Code);
        await store.LinkChannelAsync(channel, department.Code, activity.From?.AadObjectId ?? activity.From?.Id ?? "unknown", cancellationToken);
        LogLinked(logger, channelId, department.Code);
        await ReplyAsync(activity, $"Đã đăng ký kênh này cho **{department.Name}** ({department.Code}). Câu hỏi chuyển lên đơn vị sẽ được đăng tại đây.", cancellationToken);
    }

    private async Task<string> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        var answer = await answers.AskAsync(question, cancellationToken);
        var builder = new StringBuilder(answer.Text);
        if (answer.Citations.Count > 0)
        {
            builder.Append("\n\n**Nguồn:**");
            var number = 1;
            foreach (var citation in answer.Citations)
            {
                var label = string.Join(", ", new[] { citation.Title, citation.Article }.Where(p => !string.IsNullOrWhiteSpace(p)));
                builder.Append(CultureInfo.InvariantCulture, $"\n\n{number++}. [{label}]({citation.Url})");
            }
        }

        return builder.ToString();
    }

    private string DepartmentList() =>
        "Mã đơn vị:\n\n" + string.Join("\n\n", catalog.Departments.Select(d => $"- {d.Code}: {d.Name}"));

    private Task<ResourceResponse?> ReplyAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var reply = new Activity
        {
            Type = "message", Text = text, TextFormat = "markdown", ReplyToId = activity.Id,
            From = activity.Recipient, Recipient = activity.From, Conversation = activity.Conversation,
        };
        return activity.Id is null
            ? connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!, reply, cancellationToken)
            : connector.ReplyAsync(activity.ServiceUrl!, activity.Conversation!.Id!, activity.Id, reply, cancellationToken);
    }

    [GeneratedRegex(@"^\s*dang\s+ky\s+don\s+vi\s*:?\s*(?<code>[a-z0-9\-]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkCommand();

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams team {TeamId} recorded with {ChannelCount} channels")]
    private static partial void LogTeamRecorded(ILogger logger, string teamId, int channelCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the channels of team {TeamId}; recorded the current channel only")]
    private static partial void LogChannelsFailed(ILogger logger, Exception exception, string teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams channel {ChannelId} linked to department {Department}")]
    private static partial void LogLinked(ILogger logger, string channelId, string department);
}
