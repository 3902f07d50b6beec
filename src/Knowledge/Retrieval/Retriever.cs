using Microsoft.Extensions.AI;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>Analyses and embeds a question, expands it with the thesaurus, then searches the configured index.</summary>
public sealed class Retriever(IKnowledgeIndex index, IEmbeddingGenerator<string, Embedding<float>> embedder, QueryExpander? expander = null)
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, SearchFilter filter, int top, SearchMode mode = SearchMode.Hybrid, CancellationToken cancellationToken = default)
    {
        var literal = TextAnalyzer.Analyze(text);
        var terms = expander is null ? literal : expander.Expand(text, literal);
        float[]? vector = null;
        if (mode != SearchMode.Lexical)
        {
            var embeddings = await embedder.GenerateAsync([VietnameseText.Normalize(text)], cancellationToken: cancellationToken);
            vector = embeddings[0].Vector.ToArray();
        }

        return await index.SearchAsync(new SearchRequest(terms, vector, filter, top, mode), cancellationToken);
    }
}
