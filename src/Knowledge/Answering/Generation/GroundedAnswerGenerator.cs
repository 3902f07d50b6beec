using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>
/// Asks the model for an answer written only from numbered, delimited sources, then lets
/// <see cref="GeneratedAnswerVerifier"/> decide whether it may be sent. Every failure (timeout,
/// HTTP error, malformed or empty reply, failed verification) comes back as an outcome, never
/// as an exception, so the caller can fall back to the extractive answer.
/// </summary>
public sealed partial class GroundedAnswerGenerator(
    LlmKernel kernel,
    GeneratedAnswerVerifier verifier,
    GenerationRecorder recorder,
    IOptions<LlmOptions> options,
    TimeProvider time,
    ILogger<GroundedAnswerGenerator> logger)
{
    /// <summary>The exact words the prompt tells the model to start with when the sources are not enough.</summary>
    public const string NotEnoughMarker = "KHÔNG ĐỦ CĂN CỨ";
    private static readonly string FoldedMarker = VietnameseText.Fold(NotEnoughMarker);

    public bool IsEnabled => kernel.IsEnabled;

    public async Task<GenerationResult> GenerateAsync(string question, IReadOnlyList<KnowledgeEntry> ranked, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var budget = settings.ContextBudgetTokens - ContextBudget.Count(kernel.AnswerTemplate) - ContextBudget.Count(question);
        var (sources, sent) = SourcePrompt.Build(ranked, Math.Max(budget, 0));
        var start = time.GetTimestamp();
        var (result, reply) = kernel.TryAcquireCall()
            ? await CallAsync(sources, question, sent, settings, cancellationToken)
            : (GenerationResult.Fail(GenerationOutcome.RateLimited, $"more than {settings.MaxCallsPerMinute} model calls in a minute"), null);

        var latency = (long)time.GetElapsedTime(start).TotalMilliseconds;
        LogGenerated(logger, result.Outcome, result.Reason ?? "verified", latency, sent.Count, result.Cited.Count);
        await recorder.RecordAsync(new GenerationRecord(time.GetUtcNow(), "answer", kernel.Model, result.Outcome.ToString(), result.Reason,
            reply?.PromptTokens ?? 0, reply?.CompletionTokens ?? 0, latency, sent.Count, result.Cited.Count), cancellationToken);
        return result;
    }

    /// <summary>
    /// Turns a short follow-up ("còn thuốc lá thì sao?") into a standalone question, given the
    /// previous one. Any failure keeps the question as the official wrote it.
    /// </summary>
    public async Task<string> RewriteAsync(string question, string? previousQuestion, int maxLength, CancellationToken cancellationToken = default)
    {
        var previous = VietnameseText.Normalize(previousQuestion).Trim();
        if (!IsEnabled || previous.Length == 0 || !IsFollowUp(question) || !kernel.TryAcquireCall())
        {
            return question;
        }

        var settings = options.Value;
        var start = time.GetTimestamp();
        LlmReply? reply = null;
        string? rewritten = null;
        string? reason = null;
        try
        {
            using var timeout = new CancellationTokenSource(settings.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            var capped = previous.Length > maxLength ? previous[..maxLength] : previous;
            reply = await kernel.RewriteAsync(SourcePrompt.Neutralise(capped), SourcePrompt.Neutralise(question), linked.Token);
            rewritten = CleanRewrite(reply.Text, maxLength);
            reason = rewritten is null ? "empty or unusable rewrite" : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            reason = $"no reply within {settings.Timeout}";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            reason = Describe(ex);
        }

        var latency = (long)time.GetElapsedTime(start).TotalMilliseconds;
        LogRewrite(logger, rewritten is not null, reason ?? "rewritten", latency);
        await recorder.RecordAsync(new GenerationRecord(time.GetUtcNow(), "rewrite", kernel.Model, rewritten is null ? "kept" : "rewritten", reason,
            reply?.PromptTokens ?? 0, reply?.CompletionTokens ?? 0, latency, 0, 0), cancellationToken);
        return rewritten ?? question;
    }

    private async Task<(GenerationResult Result, LlmReply? Reply)> CallAsync(
        string sources, string question, IReadOnlyList<KnowledgeEntry> sent, LlmOptions settings, CancellationToken cancellationToken)
    {
        LlmReply? reply = null;
        try
        {
            using var timeout = new CancellationTokenSource(settings.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            reply = await kernel.AnswerAsync(sources, SourcePrompt.Neutralise(question), linked.Token);
            return (Judge(reply.Text, sent), reply);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (GenerationResult.Fail(GenerationOutcome.Timeout, $"no reply within {settings.Timeout}"), reply);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (GenerationResult.Fail(GenerationOutcome.Error, Describe(ex)), reply);
        }
    }

    internal bool IsFollowUp(string question)
    {
        var words = question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length == 0 ? string.Empty : VietnameseText.Fold(words[0]);
        return words.Length <= options.Value.FollowUpMaxWords || first is "con" or "vay" or "the" or "nhu" or "neu";
    }

    internal static bool SaysNotEnough(string text)
    {
        var folded = VietnameseText.Fold(text).TrimStart(' ', '\t', '\r', '\n', '*', '#', '_', '"', '\'', '`', '-', '>', '[', '(');
        return folded.StartsWith(FoldedMarker, StringComparison.Ordinal);
    }

    private GenerationResult Judge(string text, IReadOnlyList<KnowledgeEntry> sent)
    {
        var answer = VietnameseText.Normalize(text).Trim();
        if (answer.Length == 0)
        {
            return GenerationResult.Fail(GenerationOutcome.Error, "empty reply");
        }

        return SaysNotEnough(answer)
            ? GenerationResult.Fail(GenerationOutcome.NotEnough, "the model found the sources not enough")
            : verifier.Verify(answer, sent);
    }

    private static string? CleanRewrite(string text, int maxLength)
    {
        var line = VietnameseText.Normalize(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var cleaned = line?.Replace("‹", string.Empty, StringComparison.Ordinal).Replace("›", string.Empty, StringComparison.Ordinal).Trim('"', '“', '”', '\'', ' ');
        return string.IsNullOrWhiteSpace(cleaned) || cleaned.Length > maxLength || SaysNotEnough(cleaned) ? null : cleaned;
    }

    private static string Describe(Exception ex) => ex switch
    {
        HttpOperationException { StatusCode: { } status } => $"HTTP {(int)status} {status} from the model server",
        _ => $"{ex.GetType().Name}: {Shorten(Innermost(ex).Message)}",
    };

    private static Exception Innermost(Exception ex) => ex.InnerException is null ? ex : Innermost(ex.InnerException);

    private static string Shorten(string message) => message.Length <= 200 ? message : message[..200];

    [LoggerMessage(Level = LogLevel.Information, Message = "Model answer {Outcome} ({Reason}) in {LatencyMs} ms; {SourcesSent} sources sent, {SourcesCited} cited")]
    private static partial void LogGenerated(ILogger logger, GenerationOutcome outcome, string reason, long latencyMs, int sourcesSent, int sourcesCited);

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up rewrite used: {Rewritten} ({Reason}) in {LatencyMs} ms")]
    private static partial void LogRewrite(ILogger logger, bool rewritten, string reason, long latencyMs);
}
