using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Tests.Parsers;

internal static class ParserAssert
{
    public static ParsedSource Parse(IDocumentParser parser, byte[] bytes, string name = "file") =>
        parser.Parse(bytes, name, TestContext.Current.CancellationToken);

    public static string Rejected(IDocumentParser parser, byte[] bytes, string name = "file") =>
        Assert.Throws<SourceRejectedException>(() => Parse(parser, bytes, name)).Message;

    public static byte[] TempFile(Action<string> write, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"moitbot-fixture-{Guid.NewGuid():N}{extension}");
        try
        {
            write(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
