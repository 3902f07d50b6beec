using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoitBot.Bench.Retrieval;

/// <summary>One law article of the ALQAC 2024 corpus; Id is "&lt;law name&gt;||&lt;article no&gt;".</summary>
internal sealed record Article(string Id, string Title, string Body)
{
    public string Text => $"{Title}\n\n{Body}";
}

/// <summary>A labelled question and the ids of its gold articles.</summary>
internal sealed record LabelledQuestion(string Id, string Text, IReadOnlySet<string> Relevant, bool Verified);

/// <summary>
/// Reads the ALQAC 2024 task-1 files from a folder outside the repository (the data may be used
/// for internal evaluation only, so nothing of it is ever copied in).
/// </summary>
internal sealed class AlqacData
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public required IReadOnlyList<Article> Articles { get; init; }

    public required IReadOnlyList<LabelledQuestion> Questions { get; init; }

    public static AlqacData Load(string folder)
    {
        var laws = Read<List<LawFile>>(Path.Combine(folder, "law.json"));
        var articles = laws
            .SelectMany(law => law.Articles.Select(a => ToArticle(law.Id, a)))
            .ToList();

        var verified = Read<List<QuestionFile>>(Path.Combine(folder, "train_verified_100.json"))
            .Select(q => q.QuestionId)
            .ToHashSet(StringComparer.Ordinal);
        var questions = Read<List<QuestionFile>>(Path.Combine(folder, "train_all_530.json"))
            .Select(q => new LabelledQuestion(
                q.QuestionId,
                q.Text,
                q.RelevantArticles.Select(r => DocumentId(r.LawId, r.ArticleId)).ToHashSet(StringComparer.Ordinal),
                verified.Contains(q.QuestionId)))
            .ToList();
        return new AlqacData { Articles = articles, Questions = questions };
    }

    public static string DocumentId(string law, string article) => $"{law}||{article}";

    private static Article ToArticle(string law, ArticleFile article)
    {
        var text = article.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf('\n', StringComparison.Ordinal);
        var title = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 1)..].Trim('\n');
        return new Article(DocumentId(law, article.Id), title.Trim(), body);
    }

    private static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"ALQAC 2024 file not found: {path}. Pass --data <folder with law.json>.", path);
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{path} is empty.");
    }

    private sealed record LawFile(string Id, List<ArticleFile> Articles);

    private sealed record ArticleFile(string Id, string Text);

    private sealed record QuestionFile(
        [property: JsonPropertyName("question_id")] string QuestionId,
        string Text,
        [property: JsonPropertyName("relevant_articles")] List<RelevantFile> RelevantArticles);

    private sealed record RelevantFile(
        [property: JsonPropertyName("law_id")] string LawId,
        [property: JsonPropertyName("article_id")] string ArticleId);
}
