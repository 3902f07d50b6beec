namespace MoitBot.Knowledge.Text;

public enum TermKind
{
    Word,
    Bigram,

    /// <summary>A word as written with its diacritics ("chợ"), from text written with diacritics only,
    /// so that such a question prefers entries with the same word over ones that merely fold alike.</summary>
    Accented,
    DocumentNumber,

    /// <summary>A word or bigram of a synonym of a question's phrase (queries only), looked up as that
    /// word or bigram but weighed by RetrievalOptions.SynonymWeight.</summary>
    Synonym,
}
