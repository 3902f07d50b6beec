using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// POST /telegram/webhook: checks the secret token in constant time, records and queues the
/// update, and answers at once; the answer itself is produced by the update worker.
/// </summary>
public static partial class TelegramWebhookEndpoint
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    public static bool SecretMatches(string? presented, string? expected) =>
        !string.IsNullOrEmpty(presented) && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));

    private static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest<string>, StatusCodeHttpResult>> HandleAsync(
        HttpRequest request, TelegramUpdateInbox queue, IOptions<TelegramOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!SecretMatches(request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret))
        {
            LogRejected(loggers.CreateLogger(typeof(TelegramWebhookEndpoint).FullName!));
            return TypedResults.Unauthorized();
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest("Malformed Telegram update.");
        }
        catch (BadHttpRequestException)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (update is null)
        {
            return TypedResults.BadRequest("Malformed Telegram update.");
        }

        var result = await queue.AcceptAsync(update, wait: false, cancellationToken);
        return result == QueueResult.Full ? TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable) : TypedResults.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram webhook call rejected: missing or wrong secret token")]
    private static partial void LogRejected(ILogger logger);
}
