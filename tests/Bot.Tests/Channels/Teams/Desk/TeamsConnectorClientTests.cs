using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Protocol;

namespace MoitBot.Bot.Tests.Channels.Teams.Desk;

public sealed class TeamsConnectorClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_ThrottledWithRetryAfterThenServerError_RetriedUntilSent()
    {
        var calls = 0;
        await using var connector = await StartAsync(context =>
        {
            calls++;
            if (calls == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }

            return calls == 2 ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Json(new { id = "42" }, statusCode: StatusCodes.Status201Created);
        });
        await using var factory = new BotFactory();
        var client = factory.Services.GetRequiredService<TeamsConnectorClient>();

        var sent = await client.SendAsync(connector.Urls.First(), "19:c@thread.tacv2", new Activity { Type = "message", Text = "Nhắc hạn" }, Ct);

        Assert.Equal("42", sent?.Id);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task SendAsync_BadRequest_NotRetried()
    {
        var calls = 0;
        await using var connector = await StartAsync(_ =>
        {
            calls++;
            return Results.Json(new { error = new { code = "BadSyntax" } }, statusCode: StatusCodes.Status400BadRequest);
        });
        await using var factory = new BotFactory();
        var client = factory.Services.GetRequiredService<TeamsConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(connector.Urls.First(), "19:c@thread.tacv2", new Activity { Type = "message" }, Ct));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task SendAsync_AppIdSetAndUntrustedServiceUrl_TokenNeverSent()
    {
        var calls = 0;
        await using var connector = await StartAsync(_ =>
        {
            calls++;
            return Results.Json(new { id = "1" });
        });
        await using var factory = new BotFactory();
        var configured = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Teams:AppId", "11111111-2222-3333-4444-555555555555");
            builder.UseSetting("Teams:AppPassword", "secret");
            builder.UseSetting("Teams:TenantId", "00000000-0000-0000-0000-000000000001");
        });
        var client = configured.Services.GetRequiredService<TeamsConnectorClient>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(connector.Urls.First(), "19:c@thread.tacv2", new Activity { Type = "message" }, Ct));

        Assert.Contains("Refusing to send the bot's token", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, calls);
    }

    private static async Task<WebApplication> StartAsync(Func<HttpContext, IResult> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{TeamsHost.FreePort()}");
        var app = builder.Build();
        app.MapFallback(handler);
        await app.StartAsync(Ct);
        return app;
    }
}
