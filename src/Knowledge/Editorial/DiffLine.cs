namespace MoitBot.Knowledge.Editorial;

public sealed record DiffLine(DiffLineKind Kind, string Text);
