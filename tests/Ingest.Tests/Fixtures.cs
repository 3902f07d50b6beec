using MoitBot.Ingest.Bench;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MoitBot.Ingest.Tests;

/// <summary>Fixture files: generated with the same libraries the parsers use, or committed (password-protected ones).</summary>
public static class Fixtures
{
    /// <summary>A 1×1 PNG, the only content of a "scanned" page.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static string Committed(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>A PDF whose pages are images only, as a scanner produces.</summary>
    public static void WriteScannedPdf(string path)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(TinyPng, new PdfRectangle(0, 0, 595, 842));
        File.WriteAllBytes(path, builder.Build());
    }

    /// <summary>The sample ministry folder: decree DOCX, guidance PDF, official XLSX, Windows-1258 CSV.</summary>
    public static void WriteSamples(string folder) => SampleCorpus.Write(folder);
}
