using System.CommandLine;
using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Pipeline;

namespace MoitBot.Ingest.Cli;

/// <summary>`ingest &lt;file or folder&gt;... [--json] [--dry-run] [--prune] [--official] [--field code]`, plus the benchmark verbs.</summary>
public static class IngestCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively) to ingest", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (progress stays on stderr)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change without writing anything" };
        var prune = new Option<bool>("--prune") { Description = "Retire entries of files gone from a folder that is ingested again" };
        var official = new Option<bool>("--official") { Description = "Past Q&A of this run enter as approved (default: drafts for editors)" };
        var field = new Option<string?>("--field") { Description = "Field code for sources whose sidecar names none (e.g. ruou, xang-dau)" };
        var reindex = new Option<bool>("--reindex") { Description = "Qdrant: rebuild the collection from the bank and switch the alias without downtime" };

        var root = new RootCommand("MoitBot ingest – nạp hỏi đáp và văn bản vào ngân hàng tri thức") { paths, json, dryRun, prune, official, field, reindex };
        root.SetAction((parseResult, cancellationToken) => parseResult.GetValue(reindex) ? ReindexCommand.RunAsync(cancellationToken) : IngestCommand.RunAsync(
            new IngestRequest(parseResult.GetValue(paths) ?? [])
            {
                DryRun = parseResult.GetValue(dryRun),
                Prune = parseResult.GetValue(prune),
                Official = parseResult.GetValue(official),
                Field = parseResult.GetValue(field),
            },
            parseResult.GetValue(json),
            cancellationToken));
        root.Subcommands.Add(BenchCommand.CreateGenerate());
        root.Subcommands.Add(BenchCommand.CreateRun());
        root.Subcommands.Add(BenchCommand.CreateSamples());
        return await root.Parse(args).InvokeAsync();
    }
}
