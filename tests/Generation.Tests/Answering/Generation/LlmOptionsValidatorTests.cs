using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Answering.Generation;
using MoitBot.Knowledge.Tests;

namespace MoitBot.Generation.Tests.Answering.Generation;

public sealed class LlmOptionsValidatorTests
{
    [Fact]
    public async Task AnswerService_PromptFolderMissing_ClearErrorNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "moitbot-no-prompts", Guid.NewGuid().ToString("N"));
        await using var test = await TestBank.CreateAsync(settings: new()
        {
            ["Llm:Endpoint"] = "http://127.0.0.1:9/v1/",
            ["Llm:Model"] = "test-model",
            ["Llm:PromptsDirectory"] = missing,
        });

        var error = Assert.Throws<OptionsValidationException>(() => test.Get<AnswerService>());
        Assert.Contains($"prompt folder '{missing}' not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndpointWithoutModel_Fails()
    {
        var result = new LlmOptionsValidator().Validate(null, new LlmOptions { Endpoint = new Uri("http://127.0.0.1:9/v1/") });

        Assert.True(result.Failed);
        Assert.Contains("Llm:Model is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoEndpoint_Succeeds() =>
        Assert.True(new LlmOptionsValidator().Validate(null, new LlmOptions { PromptsDirectory = "/nowhere" }).Succeeded);
}
