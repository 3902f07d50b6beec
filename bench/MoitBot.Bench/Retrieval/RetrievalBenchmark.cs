using System.Diagnostics;
using MoitBot.Bench.Measuring;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Bench.Retrieval;

/// <summary>Runs every system on every query form and scores the rankings against the labels.</summary>
/// <remarks>
/// Each query is timed <c>repeats</c> times and its fastest time kept, so that a pause caused by
/// another process on the shared machine does not land in the p95; median and p95 are then taken
/// over the queries.
/// </remarks>
internal sealed class RetrievalBenchmark(AlqacData data, int buildRuns, int repeats, TextWriter log)
{
    public const int Top = 10;
    public const string AllQuestions = "all 530";
    public const string VerifiedQuestions = "verified 100";

    public static IReadOnlyList<Func<ISearchSystem>> DefaultSystems(RetrievalOptions? options = null) =>
    [
        () => new LuceneSystem("Lucene BM25 StandardAnalyzer", LuceneAnalyzers.Standard),
        () => new LuceneSystem("Lucene BM25 ICU folding", LuceneAnalyzers.IcuFolding),
        () => new LuceneSystem("Lucene BM25 ICU folding + bigrams", LuceneAnalyzers.IcuFoldingBigrams),
        () => new EmbeddedSystem(SearchMode.Lexical, options),
        () => new EmbeddedSystem(SearchMode.Dense, options),
        () => new EmbeddedSystem(SearchMode.Hybrid, options),
    ];

    public async Task<(List<BuildResult> Builds, List<RetrievalResult> Results)> RunAsync(
        IReadOnlyList<Func<ISearchSystem>> systems, CancellationToken cancellationToken)
    {
        var forms = QueryForms.All.ToDictionary(
            f => f,
            f => data.Questions.Select((q, i) => QueryForms.Apply(f, q.Text, 20241127 + i)).ToArray());
        var builds = new List<BuildResult>();
        var results = new List<RetrievalResult>();
        foreach (var create in systems)
        {
            var (system, build) = await BuildAsync(create, cancellationToken);
            using (system)
            {
                builds.Add(build);
                log.WriteLine($"built {build.System} in {build.BuildSeconds:F2} s, retained heap {build.RetainedHeapMiB:F1} MiB");

                // Warm-up: JIT, tiered compilation and caches, on every form, untimed.
                foreach (var text in forms.Values.SelectMany(x => x))
                {
                    await system.SearchAsync(text, Top, cancellationToken);
                }

                foreach (var (form, texts) in forms)
                {
                    results.AddRange(await MeasureAsync(system, form, texts, cancellationToken));
                }
            }
        }

        return (builds, results);
    }

    private async Task<(ISearchSystem System, BuildResult Build)> BuildAsync(Func<ISearchSystem> create, CancellationToken cancellationToken)
    {
        var best = double.MaxValue;
        for (var run = 1; ; run++)
        {
            var before = MemoryProbe.RetainedManagedBytes();
            var system = create();
            var stopwatch = Stopwatch.StartNew();
            await system.BuildAsync(data.Articles, cancellationToken);
            stopwatch.Stop();
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
            if (run >= buildRuns)
            {
                var retained = MemoryProbe.RetainedManagedBytes() - before;
                return (system, new BuildResult(system.Name, best, MemoryProbe.ToMiB(retained)));
            }

            system.Dispose();
        }
    }

    private async Task<List<RetrievalResult>> MeasureAsync(ISearchSystem system, string form, string[] texts, CancellationToken cancellationToken)
    {
        var rankings = new IReadOnlyList<string>[texts.Length];
        var timings = Enumerable.Repeat(double.MaxValue, texts.Length).ToArray();
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            MemoryProbe.RetainedManagedBytes();
            for (var i = 0; i < texts.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                rankings[i] = await system.SearchAsync(texts[i], Top, cancellationToken);
                timings[i] = Math.Min(timings[i], Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        var latency = LatencySummary.From(timings);
        return
        [
            Score(system.Name, form, AllQuestions, Enumerable.Range(0, texts.Length), rankings, latency),
            Score(system.Name, form, VerifiedQuestions, Enumerable.Range(0, texts.Length).Where(i => data.Questions[i].Verified), rankings, latency),
        ];
    }

    private RetrievalResult Score(string system, string form, string set, IEnumerable<int> indices, IReadOnlyList<string>[] rankings, LatencySummary latency)
    {
        var picked = indices.ToList();
        double Mean(Func<IReadOnlyList<string>, IReadOnlySet<string>, double> metric) =>
            picked.Average(i => metric(rankings[i], data.Questions[i].Relevant));

        return new RetrievalResult(
            system,
            form,
            set,
            picked.Count,
            Mean((r, g) => RankingMetrics.RecallAt(r, g, 1)),
            Mean((r, g) => RankingMetrics.RecallAt(r, g, 5)),
            Mean((r, g) => RankingMetrics.RecallAt(r, g, 10)),
            Mean((r, g) => RankingMetrics.ReciprocalRankAt(r, g, 10)),
            Mean((r, g) => RankingMetrics.NdcgAt(r, g, 10)),
            latency.MedianMs,
            latency.P95Ms);
    }
}
