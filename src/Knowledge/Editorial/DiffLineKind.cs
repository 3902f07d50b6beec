namespace MoitBot.Knowledge.Editorial;

public enum DiffLineKind
{
    Unchanged,
    Added,
    Removed,
}
