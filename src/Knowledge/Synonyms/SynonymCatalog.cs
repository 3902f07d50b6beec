using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Synonyms;

/// <summary>
/// The thesaurus in use: shipped sets plus editor-added ones, minus retired ones. Every change is
/// audited and swapped into the <see cref="QueryExpander"/> at once, so later questions use it
/// without a restart.
/// </summary>
public sealed class SynonymCatalog(SynonymStore store, QueryExpander expander, TermStatistics statistics, IOptions<RetrievalOptions> options, TimeProvider timeProvider) : IDisposable
{
    /// <summary>Below this many entries a word's share of the bank says little, so it is not checked.</summary>
    public const int MinimumBankForShare = 20;

    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task<IReadOnlyList<SynonymSetView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var retired = await store.RetirementsAsync(cancellationToken);
        var added = await store.ListAddedAsync(cancellationToken);
        return ShippedThesaurus.Sets.Select(s => new SynonymSetView(s, null, null, null, null))
            .Concat(added)
            .Select(v => retired.TryGetValue(v.Set.Key, out var r) ? v with { RetiredBy = r.By, RetiredAt = r.At } : v)
            .ToList();
    }

    /// <summary>Loads the stored sets into the expander (at start-up, and after each change).</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        var sets = await ListAsync(cancellationToken);
        expander.Use(new Thesaurus(sets.Where(s => s.IsActive).Select(s => s.Set)));
    }

    public async Task<SynonymChange> AddAsync(string? input, string actor, CancellationToken cancellationToken = default)
    {
        var members = SynonymSetRules.SplitMembers(input);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var active = (await ListAsync(cancellationToken)).Where(s => s.IsActive).Select(s => s.Set);
            Func<IReadOnlyList<Term>, double>? share = statistics.DocumentCount >= MinimumBankForShare ? terms => statistics.Share(terms.Select(t => t.Value)) : null;
            if (SynonymSetRules.Problem(members, active, share, options.Value.SynonymMaxBankShare) is { } problem)
            {
                return SynonymChange.Refused(problem);
            }

            var key = await store.AddAsync(members, actor, timeProvider.GetUtcNow(), cancellationToken);
            await ReloadAsync(cancellationToken);
            return SynonymChange.Ok(key);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<SynonymChange> RetireAsync(string? key, string actor, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var view = (await ListAsync(cancellationToken)).FirstOrDefault(s => s.Set.Key == key);
            if (view is null)
            {
                return SynonymChange.Refused($"Không tìm thấy bộ đồng nghĩa “{key}”.");
            }

            if (!view.IsActive || !await store.RetireAsync(view.Set, actor, timeProvider.GetUtcNow(), cancellationToken))
            {
                return SynonymChange.Refused("Bộ đồng nghĩa này đã ngừng dùng.");
            }

            await ReloadAsync(cancellationToken);
            return SynonymChange.Ok(view.Set.Key);
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();

    public Task<IReadOnlyList<SynonymAuditRecord>> RecentChangesAsync(int count, CancellationToken cancellationToken = default) =>
        store.RecentAuditAsync(count, cancellationToken);
}
