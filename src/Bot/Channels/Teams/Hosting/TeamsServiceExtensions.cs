using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MoitBot.Bot.Channels.Teams.Auth;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Desk;
using MoitBot.Bot.Jobs;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;
using Polly;

namespace MoitBot.Bot.Channels.Teams.Hosting;

public static class TeamsServiceExtensions
{
    /// <summary>The Teams escalation desk: /api/messages, the Connector client, card outbox handlers, reminders.</summary>
    public static WebApplicationBuilder AddTeamsDesk(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EditorsChannelOptions>().BindConfiguration(EditorsChannelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TeamsEscalationOptions>().BindConfiguration(TeamsEscalationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISchemaModule, TeamsSchema>();
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<TeamsOptions>>().Value;
            return new ConfigurationManager<OpenIdConnectConfiguration>(
                settings.OpenIdMetadataUrl.ToString(),
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = settings.OpenIdMetadataUrl.Scheme == Uri.UriSchemeHttps })
            {
                AutomaticRefreshInterval = TimeSpan.FromHours(12),
                RefreshInterval = TimeSpan.FromMinutes(5),
            };
        });
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddTransient<BotTokenHandler>();
        var connector = services.AddHttpClient<TeamsConnectorClient>();
        connector.AddResilienceHandler("teams-connector", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 4,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(1),
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(20));
            });
        connector.AddHttpMessageHandler<BotTokenHandler>();

        services.AddSingleton<TeamsStore>();
        services.AddSingleton<ChannelResolver>();
        services.AddSingleton<CardViewFactory>();
        services.AddSingleton<CardPublisher>();
        services.AddSingleton<DraftCardViews>();
        services.AddSingleton<DraftCardStore>();
        services.AddSingleton<DraftActionHandler>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton<TeamsBot>();
        services.AddSingleton<ActivityInbox>();
        services.AddSingleton<TeamsEndpoint>();
        services.AddSingleton<IOutboxHandler, TicketOpenedHandler>();
        services.AddSingleton<IOutboxHandler, TicketUpdatedHandler>();
        services.AddSingleton<IOutboxHandler, ReminderHandler>();
        services.AddSingleton<IOutboxHandler, DigestHandler>();
        services.AddSingleton<IOutboxHandler, DraftCardHandler>();
        services.AddSingleton<IOutboxHandler, DraftCardUpdatedHandler>();
        services.AddHostedService<AnonymousModeGuard>();
        services.AddHostedService<DraftCardReconciler>();
        services.AddHostedService<ActivityWorker>();
        services.AddSingleton<TeamsReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<TeamsReminderService>());
        return builder;
    }

    public static WebApplication MapTeamsDesk(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest request, TeamsEndpoint endpoint, CancellationToken cancellationToken) => endpoint.HandleAsync(request, cancellationToken));
        return app;
    }

    // Retry what Teams says to retry (429 with Retry-After, 412, 5xx) and network failures; never other 4xx.
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
        _ => false,
    };
}
