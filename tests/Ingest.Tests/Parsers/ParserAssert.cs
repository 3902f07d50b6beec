using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Tests.Parsers;

internal static class ParserAssert
{
    public static async Task<ParsedSource> ParseAsync(IDocumentParser parser, byte[] bytes, string name = "file")
    {
        using var stream = new MemoryStream(bytes);
        return await parser.ParseAsync(stream, name, TestContext.Current.CancellationToken);
    }

    public static async Task<string> RejectedAsync(IDocumentParser parser, byte[] bytes, string name = "file")
    {
        var ex = await Assert.ThrowsAsync<SourceRejectedException>(() => ParseAsync(parser, bytes, name));
        return ex.Message;
    }

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
