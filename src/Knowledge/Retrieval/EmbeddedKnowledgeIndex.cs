using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// The default index: BM25F and exact cosine in process memory, fused by weighted RRF. It is
/// rebuilt from the SQLite bank at start-up (vectors are cached there), so nothing is lost
/// when the process stops. Readers run in parallel; writers are serialised.
/// </summary>
public sealed class EmbeddedKnowledgeIndex : IKnowledgeIndex, IIndexInventory, IDisposable
{
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
                _slots.Add(new Slot(document));
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
            snapshot = _slots.OfType<Slot>().Select(s => (s.Document.EntryId, s.Document.ContentHash)).ToList();
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
        bool Allowed(int ordinal) => _slots[ordinal] is { } slot && request.Filter.Allows(slot.Document.Status, slot.Document.Field, slot.Document.DocumentKeys);

        var pool = Math.Max(_options.CandidatePool, request.Top);
        var lexical = request.Mode is SearchMode.Dense ? [] : _lexical.Search(request.Terms, Allowed, pool);
        var dense = request.Mode is SearchMode.Lexical || request.Vector is null ? [] : _dense.Search(request.Vector, Allowed, pool);

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
                _slots[x.Item]!.Document.EntryId,
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

        var live = _slots.OfType<Slot>().ToList();
        _slots.Clear();
        _ordinals.Clear();
        _lexical = new LexicalIndex(_options);
        _dense = new DenseIndex();
        foreach (var slot in live)
        {
            var ordinal = _lexical.Add(slot.Document.TitleTerms, slot.Document.BodyTerms);
            _dense.Add(ordinal, slot.Document.Vector);
            _slots.Add(slot);
            _ordinals[slot.Document.EntryId] = ordinal;
        }
    }

    private sealed record Slot(IndexDocument Document);
}
