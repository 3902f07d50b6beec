using Microsoft.AspNetCore.Http.HttpResults;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Chat;

/// <summary>The local chat page and its API: a newcomer asks and sees cited answers without any channel.</summary>
public static class ChatEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["chat.js"] = "text/javascript; charset=utf-8",
        ["chat.css"] = "text/css; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapChat(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => PageFile("index.html"));
        app.MapGet("/chat/{file}", (string file) => PageFile(file));
        app.MapPost("/api/ask", AskAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<AnswerJson>, BadRequest<AnswerJson>>> AskAsync(AskRequest? request, AnswerService answers, QuestionLog questionLog, CancellationToken cancellationToken)
    {
        var answer = await answers.AskAsync(request?.Question, cancellationToken);
        if (answer.Outcome != AnswerOutcome.InvalidQuestion)
        {
            await questionLog.RecordAsync("web", request?.Question ?? string.Empty, answer, cancellationToken: cancellationToken);
        }

        var json = AnswerJson.From(answer);
        return answer.Outcome == AnswerOutcome.InvalidQuestion ? TypedResults.BadRequest(json) : TypedResults.Ok(json);
    }

    private static IResult PageFile(string file)
    {
        if (!ContentTypes.TryGetValue(file, out var contentType))
        {
            return TypedResults.NotFound();
        }

        var stream = typeof(ChatEndpoints).Assembly.GetManifestResourceStream($"MoitBot.Bot.Chat.{file}");
        return stream is null ? TypedResults.NotFound() : TypedResults.Stream(stream, contentType);
    }
}
