using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace Atlas.Site.Checking.External;

/// <summary>
/// Asks one outside URL whether it is alive, politely: HEAD first and GET only where HEAD is
/// refused (405, 403, 501); at most <see cref="ExternalCheckOptions.PerHost"/> requests in flight
/// per host; 429 and 5xx answers tried again after the server's Retry-After (up to
/// <see cref="ExternalCheckOptions.MaxWait"/>) or a doubling backoff; redirects followed by hand
/// so a move to another host is seen; every request bounded by the timeout.
/// </summary>
public sealed class LinkProbe(ExternalCheckOptions options) : IDisposable
{
    private readonly HttpClient _client = CreateClient();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _inAll = new(options.InAll);

    private static HttpClient CreateClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None }) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("ModelAtlas-link-check/1.0");
        return client;
    }

    /// <summary>One answer from a server, or why there was none.</summary>
    private sealed record Reply(HttpStatusCode Status, string Reason, Uri? Location, TimeSpan? RetryAfter, string? Failure)
    {
        public int Code => (int)Status;
        public bool IsRetryable => Code is 429 or >= 500 and <= 599;
        public string Said => $"answered {Code} {Reason}".TrimEnd();
    }

    public async Task<LinkAnswer> AskAsync(Uri url, CancellationToken token)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            var (reply, tries) = await AskWithRetriesAsync(current, token);
            var via = current == url ? "" : $"redirects to {current}, which ";
            if (reply.Failure is not null) return new LinkAnswer(LinkVerdict.Dead, via.Length == 0 ? reply.Failure : via + reply.Failure);
            if (reply.Code is >= 300 and <= 399 && reply.Location is not null)
            {
                if (hop == options.MaxRedirects) return new LinkAnswer(LinkVerdict.Dead, $"redirects more than {options.MaxRedirects} times");
                current = new Uri(current, reply.Location);
                if (current.Scheme is not ("http" or "https")) return new LinkAnswer(LinkVerdict.Dead, $"redirects to {current}, which is not a web address");
                continue;
            }
            if (reply.Code is >= 200 and <= 299)
            {
                return string.Equals(current.IdnHost, url.IdnHost, StringComparison.OrdinalIgnoreCase)
                    ? LinkAnswer.Alive
                    : new LinkAnswer(LinkVerdict.Moved, $"redirects to another host: {current}; link the new address");
            }
            if (reply.Code == 429 || reply.IsRetryable && reply.RetryAfter > options.MaxWait)
            {
                var why = reply.RetryAfter > options.MaxWait ? $"and asked to wait {Seconds(reply.RetryAfter.Value)} s" : $"{tries} times";
                return new LinkAnswer(LinkVerdict.Unsure, $"{via}{reply.Said} {why}; not checked this time");
            }
            return new LinkAnswer(LinkVerdict.Dead, via + reply.Said + (tries > 1 ? $" ({tries} times)" : ""));
        }
    }

    /// <summary>Asks until the answer is neither 429 nor 5xx, or the tries are spent, or the server asks for too long a wait.</summary>
    private async Task<(Reply Reply, int Tries)> AskWithRetriesAsync(Uri url, CancellationToken token)
    {
        for (var attempt = 0; ; attempt++)
        {
            var reply = await HeadOrGetAsync(url, token);
            if (!reply.IsRetryable || attempt == options.Retries) return (reply, attempt + 1);
            var wait = reply.RetryAfter ?? options.Backoff * Math.Pow(2, attempt);
            if (wait > options.MaxWait) return (reply, attempt + 1);
            await Task.Delay(wait, token);
        }
    }

    private async Task<Reply> HeadOrGetAsync(Uri url, CancellationToken token)
    {
        var head = await SendAsync(HttpMethod.Head, url, token);
        return head.Failure is null && head.Code is 405 or 403 or 501 ? await SendAsync(HttpMethod.Get, url, token) : head;
    }

    private async Task<Reply> SendAsync(HttpMethod method, Uri url, CancellationToken token)
    {
        var host = _hosts.GetOrAdd(url.IdnHost, _ => new SemaphoreSlim(options.PerHost));
        await host.WaitAsync(token);
        await _inAll.WaitAsync(token);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(token);
        deadline.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            return new Reply(response.StatusCode, response.ReasonPhrase ?? "", response.Headers.Location, RetryAfter(response), null);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return Failed($"did not answer in {Seconds(options.Timeout)} s");
        }
        catch (HttpRequestException ex)
        {
            return Failed($"could not be reached ({ex.HttpRequestError}: {ex.GetBaseException().Message})");
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException)
        {
            // A connection the server resets can also fail outside the request, as the response is
            // let go ("Transport endpoint is not connected"): it is the same dead link, not a crash of the check.
            return Failed($"could not be reached ({ex.GetType().Name}: {ex.Message})");
        }
        finally
        {
            _inAll.Release();
            host.Release();
        }
    }

    private static Reply Failed(string why) => new(0, "", null, null, why);

    /// <summary>Retry-After as a number of seconds or as a date; never negative.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
        _ => null,
    };

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _client.Dispose();
        _inAll.Dispose();
        foreach (var gate in _hosts.Values) gate.Dispose();
    }
}
