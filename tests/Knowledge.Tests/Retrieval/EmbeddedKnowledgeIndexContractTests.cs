using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Knowledge.Tests.Retrieval;

public sealed class EmbeddedKnowledgeIndexContractTests : KnowledgeIndexContractTests
{
    protected override Task<IKnowledgeIndex> CreateIndexAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IKnowledgeIndex>(new EmbeddedKnowledgeIndex(Options.Create(new RetrievalOptions())));
}
