using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace MoitBot.Bot.Tests.Channels.Teams.EndToEnd;

/// <summary>What the bot sent, as the playground streams it: {"action":"createMessage"|"updateMessage", "message":{...}} frames.</summary>
public sealed class PlaygroundFeed : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonNode> _frames = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiving;

    public async Task ConnectAsync(Uri address, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(address, cancellationToken);
        _receiving = ReceiveAsync();
    }

    public IReadOnlyList<JsonNode> Frames
    {
        get
        {
            lock (_frames)
            {
                return _frames.ToList();
            }
        }
    }

    /// <summary>Waits for a frame matching the predicate (already received or arriving within the timeout).</summary>
    public async Task<JsonNode> WaitForAsync(Func<JsonNode, bool> predicate, string what, int after, CancellationToken cancellationToken, int timeoutSeconds = 90)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            var found = Frames.Skip(after).FirstOrDefault(predicate);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting for {what}. Frames seen: {string.Join("\n", Frames.Skip(after).Select(f => Summary(f)))}");
            }
        }
    }

    public static string Summary(JsonNode frame)
    {
        var text = frame.ToJsonString();
        return text.Length > 400 ? text[..400] : text;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The playground may already be gone.
            }
        }

        if (_receiving is not null)
        {
            await Task.WhenAny(_receiving, Task.Delay(2000, CancellationToken.None));
        }

        _socket.Dispose();
        _stop.Dispose();
        _arrived.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var text = Encoding.UTF8.GetString(message.ToArray());
                message.SetLength(0);
                if (JsonNode.Parse(text) is { } frame)
                {
                    lock (_frames)
                    {
                        _frames.Add(frame);
                    }

                    _arrived.Release();
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or System.Text.Json.JsonException)
        {
            // Stopped, or the playground went away.
        }
    }
}
