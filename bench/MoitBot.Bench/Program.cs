using System.CommandLine;
using System.Text;
using MoitBot.Bench.Officials;
using MoitBot.Bench.Retrieval;
using MoitBot.Bench.Scale;
using MoitBot.Bench.Startup;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("MoitBot benchmarks: retrieval quality against Lucene BM25, index scale, host start-up, officials' words");
root.Subcommands.Add(RetrievalCommand.Create());
root.Subcommands.Add(ScaleCommand.Create());
root.Subcommands.Add(StartupCommand.Create());
root.Subcommands.Add(OfficialsCommand.Create());
return await root.Parse(args).InvokeAsync();
