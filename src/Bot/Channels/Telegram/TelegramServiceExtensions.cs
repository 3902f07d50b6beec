using Microsoft.Extensions.Options;
using MoitBot.Bot.Jobs;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;
using Telegram.Bot;

namespace MoitBot.Bot.Channels.Telegram;

public static class TelegramServiceExtensions
{
    /// <summary>The Telegram channel; only its schema and options when no Telegram:BotToken is configured.</summary>
    public static WebApplicationBuilder AddTelegramChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISchemaModule, TelegramSchema>();
        var settings = builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!settings.Enabled)
        {
            return builder;
        }

        services.AddKeyedSingleton(TelegramOptions.Section, (sp, _) => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.PollTimeoutSeconds + 30),
        });
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var baseUrl = options.ApiBaseUrl?.AbsoluteUri.TrimEnd('/');
            return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken!, baseUrl), sp.GetRequiredKeyedService<HttpClient>(TelegramOptions.Section));
        });
        services.AddSingleton(sp => new TelegramBotIdentity(TelegramBotIdentity.IdFromToken(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken!)));
        services.AddSingleton<TelegramUpdateLog>();
        services.AddSingleton<TelegramUpdateInbox>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<QuestionRateLimiter>();
        services.AddSingleton<ProvinceList>();
        services.AddSingleton<AnswerFormatter>();
        services.AddSingleton<TelegramTicketTexts>();
        services.AddSingleton<QuestionHandler>();
        services.AddSingleton<RegistrationDialog>();
        services.AddSingleton<EscalationFlow>();
        services.AddSingleton<CommandHandler>();
        services.AddSingleton<CallbackHandler>();
        services.AddSingleton<AttachmentHandler>();
        services.AddSingleton<TelegramUpdateRouter>();
        services.AddSingleton<IOutboxHandler, TelegramAnswerDeliveryHandler>();
        services.AddHostedService<TelegramStartupService>();
        services.AddHostedService<TelegramUpdateWorker>();
        if (settings.Mode == TelegramMode.Polling)
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return builder;
    }

    /// <summary>Maps POST /telegram/webhook when the channel runs in webhook mode.</summary>
    public static WebApplication MapTelegramChannel(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (options.Enabled && options.Mode == TelegramMode.Webhook)
        {
            app.MapTelegramWebhook();
        }

        return app;
    }
}
