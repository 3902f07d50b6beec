using Google.Protobuf;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace MoitBot.Knowledge.Tests.Retrieval.Qdrant;

/// <summary>
/// Stands in for the gRPC channel under the real <see cref="global::Qdrant.Client.QdrantClient"/>:
/// records every request message the client sends and answers with what the test's responder
/// returns (or a successful empty answer). No server can run here; this shows what reaches the wire.
/// </summary>
internal sealed class FakeQdrantCallInvoker(Func<string, IMessage, IMessage?>? respond = null) : CallInvoker
{
    private readonly Lock _gate = new();
    private readonly List<(string Method, IMessage Request)> _calls = [];

    /// <summary>"Service/Method" (e.g. "Collections/Create", "Points/Upsert") and the request, in order.</summary>
    public IReadOnlyList<(string Method, IMessage Request)> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public IEnumerable<T> Requests<T>(string method) where T : IMessage =>
        Calls.Where(c => c.Method == method).Select(c => (T)c.Request);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var name = $"{method.ServiceName.Replace("qdrant.", string.Empty, StringComparison.Ordinal)}/{method.Name}";
        var message = (IMessage)request;
        lock (_gate)
        {
            _calls.Add((name, message));
        }

        Task<TResponse> response;
        try
        {
            response = Task.FromResult((TResponse)(respond?.Invoke(name, message) ?? Success<TResponse>()));
        }
        catch (RpcException ex)
        {
            response = Task.FromException<TResponse>(ex);
        }

        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException();

    private static IMessage Success<TResponse>() => Activator.CreateInstance<TResponse>() switch
    {
        CollectionOperationResponse r => Set(r, x => x.Result = true),
        PointsOperationResponse r => Set(r, x => x.Result = new UpdateResult { Status = UpdateStatus.Completed }),
        CollectionExistsResponse r => Set(r, x => x.Result = new CollectionExists()),
        CountResponse r => Set(r, x => x.Result = new CountResult()),
        IMessage r => r,
        _ => throw new NotSupportedException(typeof(TResponse).Name),
    };

    private static T Set<T>(T message, Action<T> set)
    {
        set(message);
        return message;
    }
}
