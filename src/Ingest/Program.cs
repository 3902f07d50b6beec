using MoitBot.Ingest.Cli;

return await IngestCommandLine.RunAsync(args);
