using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MoitBot.Bot.Channels.Telegram;
using MoitBot.Bot.Channels.Teams.Hosting;
using MoitBot.Bot.Chat;
using MoitBot.Bot.Editor;
using MoitBot.Bot.Health;
using MoitBot.Bot.Jobs;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Extensions;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddMoitBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddMoitBotCore(builder.Configuration);
        builder.Services.AddHostedService<KnowledgeStartupService>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        builder.Services.AddHostedService<IndexConsistencyJob>();
        builder.AddEditorialWeb();
        builder.AddTeamsDesk();
        builder.Services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge");
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = KnowledgeJson.Options.Encoder;
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        });
        builder.Services.AddProblemDetails();
        builder.AddTelegramChannel();
        return builder;
    }

    public static WebApplication MapMoitBot(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapChat();
        app.MapTelegramChannel();
        app.MapEditorialWeb();
        app.MapTeamsDesk();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        return app;
    }
}
