using System.Globalization;

namespace Atlas.Site.Authoring.Arxiv;

/// <summary>
/// Asks arXiv's public query API (the Atom interface) for one paper. The whole exchange, body
/// included, must finish within <paramref name="timeout"/>; every way it can fail is one line
/// saying what happened and what to do instead.
/// </summary>
/// <param name="api">The query endpoint: <see cref="DefaultApi"/>, or a mirror or a test server.</param>
public sealed class ArxivClient(Uri api, TimeSpan timeout)
{
    public const string DefaultApi = "https://export.arxiv.org/api/query";

    /// <summary>The environment variable that points look-ups at another endpoint (a mirror, or a test server on 127.0.0.1).</summary>
    public const string ApiVariable = "ATLAS_ARXIV_API";

    /// <summary>More than any one paper's entry; a server that sends more is not arXiv.</summary>
    private const int MaxAnswerBytes = 2_000_000;

    public async Task<ArxivAnswer> LookUpAsync(string id, CancellationToken cancellationToken)
    {
        var query = new UriBuilder(api) { Query = $"id_list={Uri.EscapeDataString(id)}&max_results=1" }.Uri;
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = MaxAnswerBytes };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("ModelAtlas-new/1.0");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await client.GetAsync(query, deadline.Token);
            if (!response.IsSuccessStatusCode)
                return ArxivAnswer.Failed($"arXiv answered {(int)response.StatusCode} {response.ReasonPhrase} for {id}; {Instead}");
            return ArxivFeed.Parse(await response.Content.ReadAsStringAsync(deadline.Token), id);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ArxivAnswer.Failed($"arXiv did not answer in {Seconds(timeout)} s; {Instead}");
        }
        catch (HttpRequestException ex)
        {
            return ArxivAnswer.Failed($"could not reach arXiv at {api.GetLeftPart(UriPartial.Authority)} ({ex.HttpRequestError}: {ex.Message}); {Instead}");
        }
    }

    private const string Instead = "pass --offline with --title/--date, or try again";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
