using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Tests;

namespace MoitBot.Generation.Tests;

/// <summary>A real knowledge core on its own SQLite file, with the model pointed at a scripted server.</summary>
internal static class ModelBank
{
    public static Task<TestBank> CreateAsync(ScriptedModelServer server, IEnumerable<KnowledgeEntry>? entries = null, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = server.Endpoint.ToString(),
            ["Llm:Model"] = "test-model",
            ["Llm:ApiKey"] = "test-key",
            ["Llm:Timeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        return TestBank.CreateAsync(entries ?? TestBank.SampleEntries(), values);
    }
}
