namespace MoitBot.Knowledge.Text;

public enum TermKind
{
    Word,
    Bigram,
    DocumentNumber,
}
