using System.Net;

namespace Nalytiq.Assistant;

/// <summary>
/// Retries a provider call answered with 429 or a 5xx: after the server's <c>Retry-After</c> when it gives one (and it
/// is not longer than the assistant is willing to wait), else after an exponential backoff. Counts the retries so the
/// answer card and the audit log can say so.
/// </summary>
internal sealed class RetryHandler(AssistantOptions options, TimeProvider clock) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _retries;

    public int Retries => Volatile.Read(ref _retries);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The body is buffered once so every attempt sends the same bytes.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var contentType = request.Content?.Headers.ContentType;
        for (var attempt = 0; ; attempt++)
        {
            using var copy = Copy(request, body, contentType);
            var response = await base.SendAsync(copy, cancellationToken).ConfigureAwait(false);
            if (!IsTransient(response.StatusCode) || attempt >= options.MaxRetries)
            {
                return response;
            }

            var delay = Delay(response, attempt);
            if (delay > options.MaxRetryDelay)
            {
                return response;
            }

            response.Dispose();
            Interlocked.Increment(ref _retries);
            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan Delay(HttpResponseMessage response, int attempt)
    {
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                var wait = date - clock.GetUtcNow();
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        return options.RetryBaseDelay * Math.Pow(2, attempt);
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body, System.Net.Http.Headers.MediaTypeHeaderValue? contentType)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            copy.Content.Headers.ContentType = contentType;
        }

        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        return copy;
    }
}
