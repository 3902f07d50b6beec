namespace MoitBot.Bench.Retrieval;

/// <summary>Quality and latency of one system on one query form and query set.</summary>
internal sealed record RetrievalResult(
    string System,
    string Form,
    string QuerySet,
    int Queries,
    double RecallAt1,
    double RecallAt5,
    double RecallAt10,
    double MrrAt10,
    double NdcgAt10,
    double MedianMs,
    double P95Ms);

/// <summary>Index build cost of one system.</summary>
internal sealed record BuildResult(string System, double BuildSeconds, double RetainedHeapMiB);
