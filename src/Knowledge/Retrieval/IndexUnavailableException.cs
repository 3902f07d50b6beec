namespace MoitBot.Knowledge.Retrieval;

/// <summary>The index could not be reached after retries; callers degrade instead of failing the user.</summary>
public sealed class IndexUnavailableException : Exception
{
    public IndexUnavailableException()
    {
    }

    public IndexUnavailableException(string message)
        : base(message)
    {
    }

    public IndexUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
