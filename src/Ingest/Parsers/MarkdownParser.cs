using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MoitBot.Ingest.Parsers;

/// <summary>Markdown through Markdig: headings, paragraphs (numbered items keep their number), tables as rows.</summary>
public sealed class MarkdownParser : IDocumentParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().Build();

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public ParsedSource Parse(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var source = new ParsedSource();
        var text = TextFile.Read(content, source.Notes);
        var document = Markdown.Parse(text, Pipeline);
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(source, Inline(heading.Inline), heading.Level);
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not TableCell:
                    var prefix = paragraph.Parent is ListItemBlock { Parent: ListBlock { IsOrdered: true } } item && item.Order > 0
                        && ReferenceEquals(item[0], paragraph) ? $"{item.Order}. " : string.Empty;
                    foreach (var line in Inline(paragraph.Inline).Split('\n'))
                    {
                        Add(source, prefix + line, null);
                        prefix = string.Empty;
                    }

                    break;
                case Table table:
                    TableRows.Add(source, table.OfType<TableRow>()
                        .Select(r => (IReadOnlyList<string>)r.OfType<TableCell>().Select(c => string.Join(' ', c.Descendants<ParagraphBlock>().Select(p => Inline(p.Inline)))).ToList())
                        .ToList());
                    break;
                case CodeBlock code:
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    {
                        Add(source, line.ToString(), null);
                    }

                    break;
            }
        }

        return source;
    }

    private static void Add(ParsedSource source, string text, int? level)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            source.Blocks.Add(new ParsedBlock(text.Trim()) { HeadingLevel = level });
        }
    }

    private static string Inline(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        if (inline is null)
        {
            return string.Empty;
        }

        foreach (var node in inline.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            switch (node)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append('\n');
                    break;
            }
        }

        return builder.ToString();
    }
}
