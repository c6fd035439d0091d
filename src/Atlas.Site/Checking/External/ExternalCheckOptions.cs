namespace Atlas.Site.Checking.External;

/// <summary>How <c>check --external</c> asks other sites about the links the atlas makes to them.</summary>
public sealed record ExternalCheckOptions
{
    /// <summary>The file remembering which links answered, and when (outside output/, gitignored).</summary>
    public required string CachePath { get; init; }

    /// <summary>A link that answered within this age is not asked again.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long one request may take, from connecting to the status line.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight to one host at a time, so no site is hammered.</summary>
    public int PerHost { get; init; } = 2;

    /// <summary>Requests in flight in all.</summary>
    public int InAll { get; init; } = 16;

    /// <summary>Tries after a 429 or 5xx answer, each after the wait the server asks for (Retry-After) or a doubling backoff.</summary>
    public int Retries { get; init; } = 3;

    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait honoured; a server asking for more is reported as not checked this time.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; init; } = 5;
}
