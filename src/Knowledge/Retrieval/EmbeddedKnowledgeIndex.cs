using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// The default index: BM25F and exact cosine in process memory, fused by ScoreFusion (or weighted RRF). It is
/// rebuilt from the SQLite bank at start-up (vectors are cached there), so nothing is lost
/// when the process stops. Readers run in parallel; writers are serialised.
/// </summary>
public sealed class EmbeddedKnowledgeIndex : IKnowledgeIndex, IIndexInventory, IDisposable
{
    private const int ConcurrentSearchThreshold = 20_000;

    private readonly RetrievalOptions _options;
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly List<Slot?> _slots = [];
    private LexicalIndex _lexical;
    private DenseIndex _dense = new();

    public EmbeddedKnowledgeIndex(IOptions<RetrievalOptions> options)
    {
        _options = options.Value;
        _lexical = new LexicalIndex(_options);
    }

    public Task UpsertAsync(IReadOnlyList<IndexDocument> documents, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _lock.EnterWriteLock();
        try
        {
            foreach (var document in documents)
            {
                RemoveLocked(document.EntryId);
                var ordinal = _lexical.Add(document.TitleTerms, document.BodyTerms);
                _dense.Add(ordinal, document.Vector);
                _slots.Add(new Slot(document.EntryId, document.Field, document.Status, document.DocumentKeys, document.ContentHash));
                _ordinals[document.EntryId] = ordinal;
            }

            CompactIfSparseLocked();
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _lock.EnterWriteLock();
        try
        {
            foreach (var id in entryIds)
            {
                RemoveLocked(id);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _lock.EnterReadLock();
        try
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>(SearchLocked(request));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        _lock.EnterReadLock();
        try
        {
            return Task.FromResult((long)_ordinals.Count);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public async IAsyncEnumerable<(string EntryId, string ContentHash)> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<(string, string)> snapshot;
        _lock.EnterReadLock();
        try
        {
            snapshot = _slots.OfType<Slot>().Select(s => (s.EntryId, s.ContentHash)).ToList();
        }
        finally
        {
            _lock.ExitReadLock();
        }

        foreach (var item in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask;
    }

    public void Dispose() => _lock.Dispose();

    private List<SearchHit> SearchLocked(SearchRequest request)
    {
        bool Allowed(int ordinal) => _slots[ordinal] is { } slot && request.Filter.Allows(slot.Status, slot.Field, slot.DocumentKeys);

        var pool = Math.Max(_options.CandidatePool, request.Top);
        List<(int Ordinal, double Score)> lexical = [];
        List<(int Ordinal, double Score)> dense = [];
        var runLexical = request.Mode is not SearchMode.Dense;
        var runDense = request.Mode is not SearchMode.Lexical && request.Vector is not null;
        if (runLexical && runDense && _dense.Count >= ConcurrentSearchThreshold)
        {
            // Large banks: the two searches share nothing, so they overlap on separate cores.
            Parallel.Invoke(
                () => lexical = _lexical.Search(request.Terms, Allowed, pool),
                () => dense = _dense.Search(request.Vector!, Allowed, pool));
        }
        else
        {
            lexical = runLexical ? _lexical.Search(request.Terms, Allowed, pool) : [];
            dense = runDense ? _dense.Search(request.Vector!, Allowed, pool) : [];
        }

        var lexicalScores = lexical.ToDictionary(x => x.Ordinal, x => x.Score);
        var denseScores = dense.ToDictionary(x => x.Ordinal, x => x.Score);
        var fused = _options.Fusion == FusionMethod.Rrf
            ? ReciprocalRankFusion.Fuse(
                [(lexical.Select(x => x.Ordinal).ToList(), _options.LexicalWeight), (dense.Select(x => x.Ordinal).ToList(), _options.DenseWeight)],
                _options.FusionK,
                request.Top)
            : ScoreFusion.Fuse([(lexical, _options.LexicalWeight), (dense, _options.DenseWeight)], request.Top);

        return fused
            .Select(x => new SearchHit(
                _slots[x.Item]!.EntryId,
                x.Score,
                lexicalScores.TryGetValue(x.Item, out var l) ? l : null,
                denseScores.TryGetValue(x.Item, out var d) ? d : null))
            .ToList();
    }

    private void RemoveLocked(string entryId)
    {
        if (_ordinals.Remove(entryId, out var ordinal))
        {
            _lexical.Remove(ordinal);
            _dense.Remove(ordinal);
            _slots[ordinal] = null;
        }
    }

    /// <summary>Rebuilds the arrays when more than a third of the slots are tombstones.</summary>
    private void CompactIfSparseLocked()
    {
        if (_slots.Count < 1000 || _ordinals.Count * 3 > _slots.Count * 2)
        {
            return;
        }

        var live = Enumerable.Range(0, _slots.Count).Where(i => _slots[i] is not null).ToList();
        _lexical = _lexical.Compact(live);
        _dense = _dense.Compact(live);
        var slots = live.Select(i => _slots[i]).ToList();
        _slots.Clear();
        _slots.AddRange(slots);
        _ordinals.Clear();
        for (var ordinal = 0; ordinal < _slots.Count; ordinal++)
        {
            _ordinals[_slots[ordinal]!.EntryId] = ordinal;
        }
    }

    /// <summary>What filtering and results need; terms and vectors live only in the two indexes.</summary>
    private sealed record Slot(string EntryId, string Field, EntryStatus Status, IReadOnlyList<string> DocumentKeys, string ContentHash);
}
