namespace MoitBot.Knowledge.Text;

/// <summary>
/// Adds to a question's terms the words and bigrams of the synonyms of its phrases, as
/// <see cref="TermKind.Synonym"/> so the indexes weigh them below literal words. Documents are
/// never expanded. Holds the current thesaurus; <see cref="Use"/> swaps it for every later query.
/// </summary>
public sealed class QueryExpander
{
    /// <summary>At most this many terms per matched set, in member order, so a large set cannot outweigh the question.</summary>
    public const int MaxTermsPerSet = 12;

    /// <summary>At most this many terms per question.</summary>
    public const int MaxTerms = 32;

    private volatile Thesaurus _thesaurus;

    public QueryExpander()
        : this(new Thesaurus(ShippedThesaurus.Sets))
    {
    }

    public QueryExpander(Thesaurus thesaurus) => _thesaurus = thesaurus;

    public Thesaurus Current => _thesaurus;

    public void Use(Thesaurus thesaurus) => _thesaurus = thesaurus;

    /// <summary>The literal terms followed by the synonym terms they do not already contain.</summary>
    public IReadOnlyList<Term> Expand(string? text, IReadOnlyList<Term> literal)
    {
        var matches = _thesaurus.Match(text);
        if (matches.Count == 0)
        {
            return literal;
        }

        var seen = literal.Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var expanded = new List<Term>(literal);
        var added = 0;
        foreach (var match in matches)
        {
            var fromSet = 0;
            foreach (var term in match.Alternatives.SelectMany(a => a))
            {
                if (fromSet >= MaxTermsPerSet || added >= MaxTerms)
                {
                    break;
                }

                if (seen.Add(term.Value))
                {
                    expanded.Add(new Term(term.Value, TermKind.Synonym));
                    fromSet++;
                    added++;
                }
            }
        }

        return expanded;
    }
}
