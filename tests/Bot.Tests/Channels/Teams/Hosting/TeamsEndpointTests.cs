using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MoitBot.Bot.Tests.Channels.Teams.Auth;

namespace MoitBot.Bot.Tests.Channels.Teams.Hosting;

public sealed class TeamsEndpointTests
{
    private const string Message = $$"""{"type":"message","id":"1","channelId":"msteams","serviceUrl":"{{TestSigningKeys.ServiceUrl}}","from":{"id":"29:u"},"recipient":{"id":"28:b"},"conversation":{"id":"a:1","conversationType":"personal"},"text":"xin chào"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostMessages_AppIdSetNoAuthorizationHeader_Unauthorized()
    {
        using var keys = new TestSigningKeys();
        await using var factory = new BotFactory();
        using var client = Authenticated(factory, keys).CreateClient();

        var response = await client.PostAsync("/api/messages", Json(Message), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(TokenCase.Valid, HttpStatusCode.Accepted)]
    [InlineData(TokenCase.ServiceUrlMismatch, HttpStatusCode.Unauthorized)]
    [InlineData(TokenCase.NotEndorsed, HttpStatusCode.Unauthorized)]
    public async Task PostMessages_SignedToken_AcceptedOnlyWhenValid(TokenCase tokenCase, HttpStatusCode expected)
    {
        using var keys = new TestSigningKeys();
        await using var factory = new BotFactory();
        using var client = Authenticated(factory, keys).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Json(Message) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", keys.Token(tokenCase));

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    public async Task PostMessages_MalformedActivity_BadRequestNotServerError(string body)
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/messages", Json(body), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostMessages_HugeBody_PayloadTooLarge()
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();
        var huge = Message.Replace("xin chào", new string('a', 400_000), StringComparison.Ordinal);
        var response = await client.PostAsync("/api/messages", Json(huge), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostMessages_InvokeForUnknownTicket_ErrorInvokeResponse()
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();
        const string invoke = """{"type":"invoke","name":"adaptiveCard/action","id":"f:1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","from":{"id":"29:u"},"conversation":{"id":"19:c@thread.tacv2","conversationType":"channel"},"value":{"action":{"type":"Action.Execute","verb":"claim","data":{"ticketId":424242}}}}""";

        var response = await client.PostAsync("/api/messages", Json(invoke), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"statusCode\":404", body, StringComparison.Ordinal);
        Assert.Contains("application/vnd.microsoft.error", body, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> Authenticated(BotFactory factory, TestSigningKeys keys) => factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Teams:AppId", TestSigningKeys.AppId);
        builder.UseSetting("Teams:AppPassword", "not-used-in-this-test");
        builder.UseSetting("Teams:TenantId", "00000000-0000-0000-0000-000000000001");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ConfigurationManager<OpenIdConnectConfiguration>>();
            services.AddSingleton(keys.CreateConfigurationManager());
        });
    });

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
