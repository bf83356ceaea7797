using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using OpenAI.Chat;

namespace Nalytiq.Assistant;

/// <summary>
/// Calls one OpenAI-compatible provider through Semantic Kernel, streaming, with the frame tools offered for automatic
/// function calling. Retries and timeouts are ours (the OpenAI client's own retry policy is switched off) so that a
/// failing provider gives up in bounded time and the caller can fall back.
/// </summary>
internal sealed class ChatProvider(ProviderEndpoint endpoint, AssistantOptions options, TimeProvider clock)
{
    public async Task<ChatOutcome> StreamAsync(ChatHistory history, FrameTools? tools, Action<string> onText, CancellationToken cancellationToken)
    {
        using var retry = new RetryHandler(options, clock);
        using var http = new HttpClient(retry, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        var client = new OpenAIClient(
            new ApiKeyCredential(endpoint.Key?.Reveal() ?? "none"),
            new OpenAIClientOptions
            {
                Endpoint = new Uri(endpoint.Endpoint.AbsoluteUri.TrimEnd('/')),
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = options.Timeout,
            });
        var chat = new OpenAIChatCompletionService(endpoint.Model, client);
        var kernel = new Microsoft.SemanticKernel.Kernel();
        if (tools is not null)
        {
            kernel.Plugins.AddFromObject(tools, "data");
        }

        var settings = new OpenAIPromptExecutionSettings
        {
            MaxTokens = options.MaxAnswerTokens,
            Temperature = 0.2,
            FunctionChoiceBehavior = tools is null ? null : FunctionChoiceBehavior.Auto(),
        };
        var answer = new StringBuilder();
        int prompt = 0, completion = 0;
        await foreach (var chunk in chat.GetStreamingChatMessageContentsAsync(history, settings, kernel, cancellationToken).ConfigureAwait(false))
        {
            if (!string.IsNullOrEmpty(chunk.Content))
            {
                answer.Append(chunk.Content);
                onText(answer.ToString());
            }

            if (chunk.Metadata?.TryGetValue("Usage", out var usage) == true && usage is ChatTokenUsage tokens)
            {
                prompt += tokens.InputTokenCount;
                completion += tokens.OutputTokenCount;
            }
        }

        return new ChatOutcome(answer.ToString(), prompt, completion, retry.Retries);
    }
}
