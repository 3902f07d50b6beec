using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Answering.Generation;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Answering;

/// <summary>
/// Answers a question from approved entries only: retrieve, estimate confidence, compose,
/// verify citations. Below the threshold it says plainly that no guidance was found and names
/// the department the question belongs to. When a model is configured (Llm section) it also
/// rewrites follow-ups and asks the model for a grounded answer, sent only if every citation in
/// it verifies; otherwise the extractive answer is sent.
/// </summary>
public sealed partial class AnswerService(
    Retriever retriever,
    KnowledgeStore store,
    ConfidenceEstimator confidence,
    ExtractiveAnswerComposer composer,
    DepartmentRouter router,
    GroundedAnswerGenerator generator,
    IOptions<AnsweringOptions> options,
    IOptions<LlmOptions> llmOptions,
    ILogger<AnswerService> logger)
{
    /// <summary>Below this, and with no word of any field in the question, it is probably outside the ministry's remit.</summary>
    private const double OutOfScopeConfidence = 0.3;

    public const string IndexUnavailableText = "Hệ thống tra cứu đang tạm gián đoạn. Câu hỏi của bạn đã được ghi nhận và sẽ được trả lời sớm.";

    public Task<Answer> AskAsync(string? input, CancellationToken cancellationToken = default) =>
        AskAsync(input, previousQuestion: null, cancellationToken);

    /// <summary>
    /// Answers a question; <paramref name="previousQuestion"/> (the official's last question, when
    /// the channel has one) lets a model rewrite a short follow-up into a standalone question.
    /// With no model configured it is ignored and the answer is the extractive one.
    /// </summary>
    public async Task<Answer> AskAsync(string? input, string? previousQuestion, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var (question, problem) = QuestionValidator.Check(input, settings.MaxQuestionLength);
        if (problem is not null)
        {
            return new Answer { Text = problem, Outcome = AnswerOutcome.InvalidQuestion };
        }

        var standalone = await generator.RewriteAsync(question, previousQuestion, settings.MaxQuestionLength, cancellationToken);
        var answer = await AnswerAsync(standalone, settings, cancellationToken);
        return standalone == question ? answer : answer with { RewrittenQuestion = standalone };
    }

    private async Task<Answer> AnswerAsync(string question, AnsweringOptions settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = await retriever.SearchAsync(question, SearchFilter.ApprovedOnly, settings.RetrievedEntries, SearchMode.Hybrid, cancellationToken);
        }
        catch (IndexUnavailableException ex)
        {
            LogIndexUnavailable(logger, ex);
            return IndexUnavailable(question);
        }

        var entries = await store.GetManyAsync(hits.Select(h => h.EntryId).ToList(), cancellationToken);
        var byId = entries.Where(e => e.Status == EntryStatus.Approved).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var retrieved = hits.Select(h => byId.GetValueOrDefault(h.EntryId)).OfType<KnowledgeEntry>().ToList();

        // The fused rank decides the order; confidence only decides whether the best is good enough,
        // except that a clearly better-covered runner-up among the first three takes the lead.
        var leaders = retrieved.Take(3).ToList();
        var scored = leaders.Zip(confidence.Estimate(question, leaders), (e, c) => (Entry: e, Confidence: c)).ToList();
        var best = scored.Count == 0 ? default : scored.Aggregate((a, b) => b.Confidence > a.Confidence + 0.15 ? b : a);
        var (field, department, legal) = router.Route(question, retrieved);
        if (!generator.IsEnabled || retrieved.Count == 0 || best.Confidence < llmOptions.Value.MinConfidence)
        {
            return Extractive(question, hits.Count, retrieved, best, field, department, legal, settings);
        }

        var generated = await generator.GenerateAsync(question, retrieved, cancellationToken);
        switch (generated.Outcome)
        {
            case GenerationOutcome.Accepted:
                var lead = generated.Cited[0];
                var answerField = (lead.Field == field.Code ? field : null) ?? router.Route(lead.SearchTitle, [lead]).Field;
                return new Answer
                {
                    Text = generated.Text,
                    Outcome = AnswerOutcome.Answered,
                    Citations = generated.Citations,
                    Confidence = best.Confidence,
                    Escalate = false,
                    Field = answerField,
                    Department = router.DepartmentOf(answerField),
                    InvolvesLegalDepartment = legal,
                    Sources = generated.Cited,
                    Retrieved = generated.Cited.Concat(retrieved.Where(e => !generated.Cited.Contains(e))).ToList(),
                    Generation = generated.Outcome,
                };
            case GenerationOutcome.NotEnough:
                LogModelNotEnough(logger, field.Code);
                return NoGuidance(field, department, legal, best.Confidence, retrieved) with { Generation = generated.Outcome };
            default:
                LogModelFallback(logger, generated.Outcome, generated.Reason ?? string.Empty);
                return Extractive(question, hits.Count, retrieved, best, field, department, legal, settings) with { Generation = generated.Outcome };
        }
    }

    private Answer Extractive(string question, int hitCount, List<KnowledgeEntry> retrieved, (KnowledgeEntry Entry, double Confidence) best,
        FieldDefinition field, Department department, bool legal, AnsweringOptions settings)
    {
        if (best.Entry is null || best.Confidence < settings.ConfidenceThreshold)
        {
            LogNoGuidance(logger, hitCount, best.Confidence, field.Code);
            return best.Confidence < OutOfScopeConfidence && !router.MentionsAnyField(question)
                ? OutOfScope(best.Confidence, retrieved)
                : NoGuidance(field, department, legal, best.Confidence, retrieved);
        }

        var text = composer.Compose(question, best.Entry);
        var citations = composer.CitationsFor(best.Entry);
        var verification = CitationVerifier.FindProblem(text, citations, retrieved);
        if (verification is not null)
        {
            LogCitationRejected(logger, best.Entry.Id, verification);
            return NoGuidance(field, department, legal, best.Confidence, retrieved);
        }

        var answerField = (best.Entry.Field == field.Code ? field : null) ?? router.Route(best.Entry.SearchTitle, [best.Entry]).Field;
        var sources = new[] { best.Entry }.Concat(retrieved.Where(e => e.Id != best.Entry.Id)).ToList();
        return new Answer
        {
            Text = text,
            Outcome = AnswerOutcome.Answered,
            Citations = citations,
            Confidence = best.Confidence,
            Escalate = false,
            Field = answerField,
            Department = router.DepartmentOf(answerField),
            InvolvesLegalDepartment = legal,
            Sources = [best.Entry],
            Retrieved = sources,
        };
    }

    private static Answer OutOfScope(double confidence, IReadOnlyList<KnowledgeEntry> retrieved) => new()
    {
        Text = "Chưa tìm thấy hướng dẫn phù hợp trong ngân hàng hỏi đáp cho câu hỏi này, và câu hỏi có thể không thuộc phạm vi quản lý nhà nước của ngành Công Thương. "
            + "Nếu vẫn cần hỏi Bộ Công Thương, bạn có thể gửi câu hỏi và chọn lĩnh vực phù hợp.",
        Outcome = AnswerOutcome.NoGuidance,
        Confidence = confidence,
        Escalate = true,
        Retrieved = retrieved,
    };

    private Answer IndexUnavailable(string question)
    {
        var (field, department, legal) = router.Route(question, []);
        return new Answer
        {
            Text = IndexUnavailableText,
            Outcome = AnswerOutcome.IndexUnavailable,
            Escalate = true,
            Field = field,
            Department = department,
            InvolvesLegalDepartment = legal,
        };
    }

    private static Answer NoGuidance(FieldDefinition field, Department department, bool legal, double confidence, IReadOnlyList<KnowledgeEntry> retrieved)
    {
        var text = $"Chưa tìm thấy hướng dẫn phù hợp trong ngân hàng hỏi đáp cho câu hỏi này. "
            + $"Câu hỏi thuộc lĩnh vực {field.Name}, do {department.Name} (Bộ Công Thương) phụ trách"
            + (legal && !department.IsLegal ? "; nội dung về cơ chế, chính sách, pháp luật sẽ có thêm ý kiến của Vụ Pháp chế. " : ". ")
            + "Bạn có thể gửi câu hỏi để cán bộ Bộ trả lời trong ngày làm việc.";
        return new Answer
        {
            Text = text,
            Outcome = AnswerOutcome.NoGuidance,
            Confidence = confidence,
            Escalate = true,
            Field = field,
            Department = department,
            InvolvesLegalDepartment = legal,
            Retrieved = retrieved,
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The index is unavailable; the question is answered with the recorded-for-escalation reply")]
    private static partial void LogIndexUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "No confident guidance: {HitCount} hits, best confidence {Confidence}, routed to field {FieldCode}")]
    private static partial void LogNoGuidance(ILogger logger, int hitCount, double confidence, string fieldCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model found the sources not enough; escalation proposed for field {FieldCode}")]
    private static partial void LogModelNotEnough(ILogger logger, string fieldCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model answer not sent ({Outcome}: {Reason}); the extractive answer is sent instead")]
    private static partial void LogModelFallback(ILogger logger, GenerationOutcome outcome, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answer from entry {EntryId} rejected by citation check: {Reason}")]
    private static partial void LogCitationRejected(ILogger logger, string entryId, string reason);
}
