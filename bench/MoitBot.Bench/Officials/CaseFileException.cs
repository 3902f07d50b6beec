namespace MoitBot.Bench.Officials;

/// <summary>A bad evaluation file: the message names the file and line (exit code 2).</summary>
internal sealed class CaseFileException : Exception
{
    public CaseFileException()
    {
    }

    public CaseFileException(string message)
        : base(message)
    {
    }

    public CaseFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static CaseFileException At(string file, int line, string problem) => new($"{file}:{line}: {problem}");
}
