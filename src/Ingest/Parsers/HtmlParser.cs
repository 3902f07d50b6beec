using AngleSharp.Dom;

namespace MoitBot.Ingest.Parsers;

/// <summary>HTML pages through AngleSharp: scripts and navigation dropped, headings, paragraphs, list items and table rows kept.</summary>
public sealed class HtmlParser : IDocumentParser
{
    private const string Selector = "h1,h2,h3,h4,h5,h6,p,li,tr,pre,blockquote,dd,dt";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public ParsedSource Parse(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var source = new ParsedSource();
        var text = TextFile.Read(content, source.Notes);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var document = parser.ParseDocument(text);
        foreach (var noise in document.QuerySelectorAll("script,style,noscript,nav,header > nav,template,iframe").ToList())
        {
            noise.Remove();
        }

        var selected = document.QuerySelectorAll(Selector);
        foreach (var element in selected)
        {
            if (element.ParentElement?.Closest(Selector) is not null)
            {
                continue;
            }

            if (element.LocalName == "tr")
            {
                var cells = element.Children.Where(c => c.LocalName is "td" or "th").Select(c => Clean(c.TextContent)).ToList();
                if (cells.Count > 0)
                {
                    source.Blocks.Add(new ParsedBlock(string.Join(" | ", cells.Where(c => c.Length > 0))) { Cells = cells });
                }

                continue;
            }

            var value = Clean(element.TextContent);
            if (value.Length > 0)
            {
                int? level = element.LocalName is ['h', var digit] && char.IsDigit(digit) ? digit - '0' : null;
                source.Blocks.Add(new ParsedBlock(value) { HeadingLevel = level });
            }
        }

        if (source.Blocks.Count == 0 && !string.IsNullOrWhiteSpace(document.Body?.TextContent))
        {
            foreach (var line in document.Body!.TextContent.Split('\n').Select(Clean).Where(l => l.Length > 0))
            {
                source.Blocks.Add(new ParsedBlock(line));
            }
        }

        return source.Blocks.Count == 0 ? throw new SourceRejectedException("the HTML page has no text") : source;
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
