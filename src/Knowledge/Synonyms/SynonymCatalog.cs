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

    /// <summary>Loads the stored sets into the expander (at start-up; a change swaps in the set it made).</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default) =>
        expander.Use(new Thesaurus(Active(await ListAsync(cancellationToken))));

    private static List<SynonymSet> Active(IEnumerable<SynonymSetView> sets) => sets.Where(s => s.IsActive).Select(s => s.Set).ToList();

    public async Task<SynonymChange> AddAsync(string? input, string actor, CancellationToken cancellationToken = default)
    {
        var members = SynonymSetRules.SplitMembers(input);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var active = Active(await ListAsync(cancellationToken));
            Func<IReadOnlyList<Term>, double>? share = statistics.DocumentCount >= MinimumBankForShare ? terms => statistics.Share(terms.Select(t => t.Value)) : null;
            if (SynonymSetRules.Problem(members, active, share, options.Value.SynonymMaxBankShare) is { } problem)
            {
                return SynonymChange.Refused(problem);
            }

            var key = await store.AddAsync(members, actor, timeProvider.GetUtcNow(), cancellationToken);

            // The catalog was just read under the writer lock: the new set goes after it, as a re-read would list it.
            expander.Use(new Thesaurus(active.Append(new SynonymSet(key, members, Shipped: false))));
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
            var sets = await ListAsync(cancellationToken);
            var view = sets.FirstOrDefault(s => s.Set.Key == key);
            if (view is null)
            {
                return SynonymChange.Refused($"Không tìm thấy bộ đồng nghĩa “{key}”.");
            }

            if (!view.IsActive || !await store.RetireAsync(view.Set, actor, timeProvider.GetUtcNow(), cancellationToken))
            {
                return SynonymChange.Refused("Bộ đồng nghĩa này đã ngừng dùng.");
            }

            expander.Use(new Thesaurus(Active(sets).Where(s => s.Key != view.Set.Key)));
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
