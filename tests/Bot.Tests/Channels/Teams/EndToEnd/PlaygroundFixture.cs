using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MoitBot.Bot.Tests.Channels.Teams.EndToEnd;

/// <summary>
/// One Microsoft 365 Agents Playground per test class (its state is global to the process), pointed at
/// a bot port chosen here; the WebSocket stream is opened before anything is injected.
/// </summary>
public sealed partial class PlaygroundFixture : IAsyncLifetime
{
    private Process? _process;
    private string? _directory;

    public string? UnavailableReason { get; private set; }

    public int BotPort { get; } = TeamsHost.FreePort();

    public int Port { get; private set; }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public PlaygroundFeed Stream { get; } = new();

    public void Require()
    {
        if (UnavailableReason is not null)
        {
            TeamsEmulatorTools.Unavailable(UnavailableReason);
        }
    }

    public async ValueTask InitializeAsync()
    {
        UnavailableReason = TeamsEmulatorTools.Missing(TeamsEmulatorTools.PlaygroundCli);
        if (UnavailableReason is not null)
        {
            return;
        }

        _directory = Directory.CreateTempSubdirectory("moitbot-playground-").FullName;
        var start = new ProcessStartInfo(TeamsEmulatorTools.Node!)
        {
            WorkingDirectory = _directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            TeamsEmulatorTools.PlaygroundCli, "-e", $"http://127.0.0.1:{BotPort}/api/messages", "-c", "msteams",
            "-p", TeamsHost.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry", "--conversation-id", "personal-1",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (Listening().Match(line) is { Success: true } match)
                {
                    Port = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below.
        }

        if (Port == 0)
        {
            UnavailableReason = "the Agents Playground did not print 'Listening on' within 60 s";
            return;
        }

        _ = DrainAsync(_process);
        Http.BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
        await Stream.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
    }

    /// <summary>Sends a custom activity from the playground's templates (botAdded, install...).</summary>
    public async Task InjectAsync(string conversationId, string type, CancellationToken cancellationToken)
    {
        var template = await Http.GetFromJsonAsync<JsonObject>($"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}&type={type}", cancellationToken);
        using var response = await Http.PostAsJsonAsync("_internal/v1/customActivities", template, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task SendMessageAsync(string conversationId, string text, string? mentionBotId, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = "user-id-0" }, ["text"] = text, ["textFormat"] = "plain" };
        if (mentionBotId is not null)
        {
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = mentionBotId }, ["text"] = "<at>Test Bot</at>" });
        }

        using var response = await Http.PostAsJsonAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Clicks an Action.Execute on a card; returns the bot's invoke response body.</summary>
    public async Task<JsonNode?> InvokeAsync(string conversationId, string replyToId, string userId, string verb, JsonObject data, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = userId },
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" },
        };
        using var response = await Http.PostAsJsonAsync("_conversation/v1/invoke", body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"invoke {verb} failed: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text);
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        Http.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process?.Dispose();
        if (_directory is not null)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    private static async Task DrainAsync(Process process)
    {
        while (await process.StandardOutput.ReadLineAsync() is not null)
        {
            // Keep the pipe from filling up.
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex Listening();
}
