namespace MoitBot.Ingest.Parsers;

/// <summary>A file that cannot be ingested, with a reason an operator can act on.</summary>
public sealed class SourceRejectedException : Exception
{
    public SourceRejectedException()
    {
    }

    public SourceRejectedException(string message)
        : base(message)
    {
    }

    public SourceRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
