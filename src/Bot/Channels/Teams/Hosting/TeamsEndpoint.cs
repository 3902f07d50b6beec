using System.Text.Json;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Auth;
using MoitBot.Bot.Channels.Teams.Desk;
using MoitBot.Bot.Channels.Teams.Protocol;

namespace MoitBot.Bot.Channels.Teams.Hosting;

/// <summary>
/// The adapter between the Bot Framework protocol and the desk: POST /api/messages authenticates the
/// activity, answers invokes synchronously (the card comes back in the HTTP response) and queues
/// everything else for the background worker with 202 Accepted.
/// </summary>
public sealed partial class TeamsEndpoint(
    BotFrameworkAuthenticator authenticator,
    ActivityInbox queue,
    CardActionHandler cardActions,
    IOptions<TeamsOptions> options,
    ILogger<TeamsEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsAnonymous && string.IsNullOrWhiteSpace(request.Headers.Authorization))
        {
            LogNoToken(logger);
            return Results.Unauthorized();
        }

        if (request.ContentLength > settings.MaxRequestBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = await ReadAsync(request, settings.MaxRequestBytes, cancellationToken);
        }
        catch (JsonException ex)
        {
            LogMalformed(logger, ex.Message);
            return Results.BadRequest(new { error = "The body is not a Bot Framework activity (malformed JSON)." });
        }
        catch (InvalidDataException)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (activity?.Type is null)
        {
            return Results.BadRequest(new { error = "The activity has no type." });
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            return Results.Unauthorized();
        }

        if (activity.IsType("invoke"))
        {
            if (activity.Name != "adaptiveCard/action")
            {
                return Results.Ok(new { });
            }

            using var turn = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            turn.CancelAfter(settings.TurnTimeout);
            try
            {
                var response = await cardActions.HandleAsync(activity, turn.Token);
                return Results.Json(response, TeamsJsonContext.Default.AdaptiveCardInvokeResponse);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogInvokeFailed(logger, ex, activity.Id);
                return Results.Json(AdaptiveCardInvokeResponse.Error(500, "InternalError", "Có lỗi khi xử lý thao tác; vui lòng thử lại sau ít phút."),
                    TeamsJsonContext.Default.AdaptiveCardInvokeResponse);
            }
        }

        return queue.TryEnqueue(activity) ? Results.StatusCode(StatusCodes.Status202Accepted) : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Activity?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException("Request body too large.");
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer.Length == 0 ? null : await JsonSerializer.DeserializeAsync(buffer, TeamsJsonContext.Default.Activity, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams request rejected: no Authorization header while Teams:AppId is configured")]
    private static partial void LogNoToken(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams request with malformed JSON: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Teams invoke {ActivityId} failed")]
    private static partial void LogInvokeFailed(ILogger logger, Exception exception, string? activityId);
}
