using System.CommandLine;
using System.Text;
using MoitBot.Bench.Retrieval;
using MoitBot.Bench.Scale;
using MoitBot.Bench.Startup;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("MoitBot benchmarks: retrieval quality against Lucene BM25, index scale, host start-up");
root.Subcommands.Add(RetrievalCommand.Create());
root.Subcommands.Add(ScaleCommand.Create());
root.Subcommands.Add(StartupCommand.Create());
return await root.Parse(args).InvokeAsync();
