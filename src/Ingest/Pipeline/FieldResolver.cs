using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Text;

namespace MoitBot.Ingest.Pipeline;

/// <summary>
/// Assigns the field (lĩnh vực) of a chunk: the sidecar, then the run's --field, then the
/// spreadsheet column (a code, a field name or words that name one), then the text itself,
/// classified with the same keywords the bot routes questions with.
/// </summary>
public sealed class FieldResolver(MinistryCatalog catalog, DepartmentRouter router)
{
    public bool IsKnown(string code) => catalog.FindField(code) is not null;

    public string Resolve(string? sidecarField, string? runField, string? columnValue, string text)
    {
        foreach (var explicitField in new[] { sidecarField, runField })
        {
            if (catalog.FindField(explicitField) is { } field)
            {
                return field.Code;
            }
        }

        if (!string.IsNullOrWhiteSpace(columnValue))
        {
            var folded = VietnameseText.Fold(columnValue);
            var named = catalog.FindField(columnValue.Trim())
                ?? catalog.Fields.FirstOrDefault(f => VietnameseText.Fold(f.Name) == folded);
            if (named is not null)
            {
                return named.Code;
            }

            var routed = router.Route(columnValue, []).Field;
            if (routed.Keywords.Any(k => folded.Contains(VietnameseText.Fold(k), StringComparison.Ordinal)))
            {
                return routed.Code;
            }
        }

        return router.Route(text.Length > 4000 ? text[..4000] : text, []).Field.Code;
    }
}
