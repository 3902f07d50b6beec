using System.Text;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Retrieval.Qdrant;

/// <summary>
/// Our own Vietnamese analysis as a Qdrant sparse vector: a term's index is the FNV-1a hash of its
/// folded value, a document's weight is its BM25F-saturated frequency (title counted
/// <see cref="RetrievalOptions.TitleWeight"/> times), and the server multiplies in the IDF. So a
/// query matches the same terms with the same weights as the embedded BM25F index.
/// </summary>
public static class SparseTermVector
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>FNV-1a 32-bit over the UTF-8 bytes of the term value: stable across processes and versions.</summary>
    public static uint TermId(string value)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }

    public static (float[] Values, uint[] Indices) ForDocument(IndexDocument document, RetrievalOptions retrieval, double averageLength)
    {
        var frequencies = new Dictionary<uint, double>();
        foreach (var term in document.TitleTerms)
        {
            frequencies[TermId(term.Value)] = frequencies.GetValueOrDefault(TermId(term.Value)) + retrieval.TitleWeight;
        }

        foreach (var term in document.BodyTerms)
        {
            frequencies[TermId(term.Value)] = frequencies.GetValueOrDefault(TermId(term.Value)) + 1.0;
        }

        var length = (document.TitleTerms.Count * retrieval.TitleWeight) + document.BodyTerms.Count;
        var norm = retrieval.K1 * (1 - retrieval.B + (retrieval.B * length / averageLength));
        return Pack(frequencies.ToDictionary(x => x.Key, x => x.Value * (retrieval.K1 + 1) / (x.Value + norm)));
    }

    public static (float[] Values, uint[] Indices) ForQuery(IReadOnlyList<Term> terms, RetrievalOptions retrieval)
    {
        var weights = new Dictionary<uint, double>();
        foreach (var term in terms)
        {
            weights[TermId(term.Value)] = weights.GetValueOrDefault(TermId(term.Value)) + retrieval.QueryWeight(term.Kind);
        }

        return Pack(weights);
    }

    private static (float[] Values, uint[] Indices) Pack(Dictionary<uint, double> weights)
    {
        var indices = weights.Where(x => x.Value > 0).Select(x => x.Key).Order().ToArray();
        return (indices.Select(i => (float)weights[i]).ToArray(), indices);
    }
}
