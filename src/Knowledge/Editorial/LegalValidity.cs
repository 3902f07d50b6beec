using System.Collections.Concurrent;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// In-memory view of which cited documents are no longer in force, so composing an answer (a hot,
/// synchronous path) can mark them without a database round trip. Loaded at start-up and updated
/// whenever a document's status changes.
/// </summary>
public sealed class LegalValidity
{
    public const string NotInForceSuffix = " (đã hết hiệu lực)";

    private readonly ConcurrentDictionary<string, LegalDocumentStatus> _notInForce = new(StringComparer.Ordinal);

    public void Set(LegalDocument document)
    {
        var parsed = DocumentNumber.TryParse(document.Number);
        var keys = new[] { document.Key, parsed?.Key, parsed?.ShortKey }.OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (document.IsInForce)
            {
                _notInForce.TryRemove(key, out _);
            }
            else
            {
                _notInForce[key] = document.Status;
            }
        }
    }

    public bool IsInForce(string? documentNumber)
    {
        if (_notInForce.IsEmpty)
        {
            return true;
        }

        return !DocumentNumber.FindAll(documentNumber).Any(n => _notInForce.ContainsKey(n.Key));
    }

    /// <summary>"Nghị định 105/2017/NĐ-CP (đã hết hiệu lực)" when the document is replaced or repealed.</summary>
    public string Annotate(string title, string? documentNumber) =>
        IsInForce(documentNumber) || title.EndsWith(NotInForceSuffix, StringComparison.Ordinal) ? title : title + NotInForceSuffix;
}
