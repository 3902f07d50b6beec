using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MoitBot.Generation.Tests;

/// <summary>
/// A real OpenAI-compatible HTTP endpoint (Kestrel on 127.0.0.1, a free port) that answers
/// POST /v1/chat/completions from a script, so the real Semantic Kernel connector is exercised
/// over HTTP. Every request body is kept for assertions.
/// </summary>
public sealed class ScriptedModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ModelRequest> _requests = new();

    private ScriptedModelServer(WebApplication app) => _app = app;

    public Func<ModelRequest, ScriptedReply> Script { get; set; } = _ => ScriptedReply.Completion("KHÔNG ĐỦ CĂN CỨ");

    public IReadOnlyList<ModelRequest> Requests => _requests.ToList();

    /// <summary>The base address a client is configured with, e.g. http://127.0.0.1:41234/v1/.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public static async Task<ScriptedModelServer> StartAsync(Func<ModelRequest, ScriptedReply>? script = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ScriptedModelServer(app);
        if (script is not null)
        {
            server.Script = script;
        }

        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri($"{address.TrimEnd('/')}/v1/");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = ModelRequest.Parse(body, context.Request.Headers.Authorization.ToString());
        _requests.Enqueue(request);
        var reply = Script(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
