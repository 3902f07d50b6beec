using System.Globalization;
using Dapper;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// The known legal documents and their validity. Marking a document replaced or repealed flags
/// every entry that cites it for review and stops the bot presenting it as in force.
/// </summary>
public sealed class LegalDocumentRegistry(SqliteDatabase database, KnowledgeStore knowledge, EditorialStore editorial, AuditLog audit,
    LegalValidity validity, TimeProvider timeProvider)
{
    private const string Select = "SELECT key, number, type, title, issuer, url, status, effective_from AS EffectiveFrom, effective_to AS EffectiveTo, replaced_by AS ReplacedBy, updated_at AS UpdatedAt FROM legal_documents";

    public async Task<IReadOnlyList<LegalDocument>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"{Select} ORDER BY number", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDocument()).ToList();
    }

    public async Task<LegalDocument?> FindAsync(string? number, CancellationToken cancellationToken = default)
    {
        var parsed = DocumentNumber.TryParse(number);
        return parsed is null ? null : Find(await ListAsync(cancellationToken), parsed);
    }

    /// <summary>Document numbers among these references that are not in the registry (shown as a warning to the editor).</summary>
    public async Task<IReadOnlyList<string>> FindUnknownAsync(IEnumerable<LegalReference> references, CancellationToken cancellationToken = default) =>
        FindUnknown(references, await ListAsync(cancellationToken));

    /// <summary>The same, against a list of documents the caller has already read.</summary>
    public static IReadOnlyList<string> FindUnknown(IEnumerable<LegalReference> references, IReadOnlyList<LegalDocument> known)
    {
        var knownNumbers = known.Select(d => DocumentNumber.TryParse(d.Number)).OfType<DocumentNumber>().ToList();
        return references
            .Select(r => r.DocumentNumber)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Where(n => DocumentNumber.TryParse(n) is not { } parsed || !knownNumbers.Any(k => k.Matches(parsed)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public async Task<LegalDocument> SaveAsync(LegalDocument document, string actor, CancellationToken cancellationToken = default)
    {
        var parsed = DocumentNumber.TryParse(document.Number) ?? throw new ArgumentException($"'{document.Number}' is not a document number.", nameof(document));
        return await SaveAsync(document, parsed, Find(await ListAsync(cancellationToken), parsed), actor, cancellationToken);
    }

    private async Task<LegalDocument> SaveAsync(LegalDocument document, DocumentNumber parsed, LegalDocument? before, string actor, CancellationToken cancellationToken)
    {
        var saved = document with { Key = parsed.Key, UpdatedAt = timeProvider.GetUtcNow() };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (Microsoft.Data.Sqlite.SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO legal_documents(key, number, type, title, issuer, url, status, effective_from, effective_to, replaced_by, updated_at)
            VALUES (@Key, @Number, @Type, @Title, @Issuer, @Url, @Status, @EffectiveFrom, @EffectiveTo, @ReplacedBy, @UpdatedAt)
            ON CONFLICT(key) DO UPDATE SET number = excluded.number, type = excluded.type, title = excluded.title, issuer = excluded.issuer,
              url = excluded.url, status = excluded.status, effective_from = excluded.effective_from, effective_to = excluded.effective_to,
              replaced_by = excluded.replaced_by, updated_at = excluded.updated_at
            """,
            Row.From(saved), transaction, cancellationToken: cancellationToken));
        await audit.AppendAsync(connection, transaction, AuditRecord.DocumentSubject, saved.Key, EditorialAction.DocumentChanged, actor, null, before, saved, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        validity.Set(saved);
        return saved;
    }

    /// <summary>
    /// Changes a document's validity. When it stops being in force, every entry citing it that is
    /// not retired is flagged and due for review today. Returns the ids of the flagged entries.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetStatusAsync(string number, LegalDocumentStatus status, DateOnly? effectiveTo, string? replacedBy, string actor,
        CancellationToken cancellationToken = default)
    {
        var document = await FindAsync(number, cancellationToken)
            ?? new LegalDocument { Key = DocumentNumber.TryParse(number)?.Key ?? number, Number = number };
        var saved = await SaveAsync(document with { Status = status, EffectiveTo = effectiveTo ?? document.EffectiveTo, ReplacedBy = replacedBy ?? document.ReplacedBy }, actor, cancellationToken);
        if (saved.IsInForce)
        {
            return [];
        }

        var reason = (status == LegalDocumentStatus.Replaced ? $"Văn bản {saved.Number} đã bị thay thế" : $"Văn bản {saved.Number} đã bị bãi bỏ")
            + (string.IsNullOrWhiteSpace(saved.ReplacedBy) ? string.Empty : $" bởi {saved.ReplacedBy}") + " — cần rà soát lại căn cứ.";
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var ids = await knowledge.FindCitingAsync(saved.Number, cancellationToken);
        var entries = await knowledge.GetManyAsync(ids, cancellationToken);
        var flagged = new List<string>();
        foreach (var entry in entries.Where(e => e.Status != EntryStatus.Retired).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var before = await editorial.GetOrDefaultAsync(entry, cancellationToken);
            var after = before with { Flag = reason, ReviewBy = today, LastAction = EditorialAction.Flagged };
            await editorial.SaveAsync(after, cancellationToken);
            await audit.AppendAsync(AuditRecord.EntrySubject, entry.Id, EditorialAction.Flagged, actor, reason, before, after, cancellationToken);
            flagged.Add(entry.Id);
        }

        return flagged;
    }

    /// <summary>Adds every document the bank cites that the registry does not know yet, as in force. Returns how many were added.</summary>
    public async Task<int> ImportFromBankAsync(string actor, CancellationToken cancellationToken = default)
    {
        var entries = await knowledge.ListAsync(cancellationToken: cancellationToken);
        // Read once: each document added goes into this list rather than being read back from the table.
        var all = (await ListAsync(cancellationToken)).ToList();
        var known = all.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var reference in entries.SelectMany(e => e.References))
        {
            var parsed = DocumentNumber.TryParse(reference.DocumentNumber);
            if (parsed is null || parsed.Symbol is null || !known.Add(parsed.Key))
            {
                continue;
            }

            all.Add(await SaveAsync(new LegalDocument
            {
                Key = parsed.Key,
                Number = reference.DocumentNumber!.Trim(),
                Type = reference.DocumentType,
                Title = reference.Title,
                Issuer = reference.Issuer,
                Url = reference.Url,
                EffectiveFrom = reference.IssuedOn,
            }, parsed, Find(all, parsed), actor, cancellationToken));
            added++;
        }

        return added;
    }

    /// <summary>Loads the validity cache; hosts call this once at start-up.</summary>
    public async Task LoadValidityAsync(CancellationToken cancellationToken = default)
    {
        foreach (var document in await ListAsync(cancellationToken))
        {
            validity.Set(document);
        }
    }

    private static LegalDocument? Find(IReadOnlyList<LegalDocument> all, DocumentNumber parsed) =>
        all.FirstOrDefault(d => d.Key == parsed.Key) ?? all.FirstOrDefault(d => DocumentNumber.TryParse(d.Number)?.Matches(parsed) == true);

    private sealed record Row(string Key, string Number, string? Type, string? Title, string? Issuer, string? Url, string Status,
        string? EffectiveFrom, string? EffectiveTo, string? ReplacedBy, string UpdatedAt)
    {
        public static Row From(LegalDocument d) => new(d.Key, d.Number, d.Type, d.Title, d.Issuer, d.Url, d.Status.ToString(),
            Date(d.EffectiveFrom), Date(d.EffectiveTo), d.ReplacedBy, StoredTime.Format(d.UpdatedAt));

        public LegalDocument ToDocument() => new()
        {
            Key = Key,
            Number = Number,
            Type = Type,
            Title = Title,
            Issuer = Issuer,
            Url = Url,
            Status = Enum.Parse<LegalDocumentStatus>(Status),
            EffectiveFrom = EffectiveFrom is null ? null : DateOnly.ParseExact(EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            EffectiveTo = EffectiveTo is null ? null : DateOnly.ParseExact(EffectiveTo, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ReplacedBy = ReplacedBy,
            UpdatedAt = DateTimeOffset.Parse(UpdatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        };

        private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
