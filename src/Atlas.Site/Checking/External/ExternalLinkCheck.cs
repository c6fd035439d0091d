using Atlas.Site.Diagnostics;
using Atlas.Engine.Diagnostics;

namespace Atlas.Site.Checking.External;

/// <summary>How a run of <c>check --external</c> went: links of the site, how many were asked and how many answered from the cache.</summary>
public sealed record ExternalCheckSummary(int Links, int Asked, int FromCache, int Dead, int Warnings);

/// <summary>
/// <c>check --external</c>: asks every outside link of the rendered site (once per URL, however
/// many pages make it) whether it is alive, takes what the cache still knows, and turns each
/// dead link into a <see cref="BrokenLink"/> for every place that makes it. Handed to the build
/// as a service; the build's link check calls it with the links it read.
/// </summary>
public sealed class ExternalLinkCheck(ExternalCheckOptions options)
{
    public ExternalCheckOptions Options => options;

    /// <summary>Set once the check has run, for the command's summary line.</summary>
    public ExternalCheckSummary? Summary { get; private set; }

    /// <summary>Why the cache file could not be used, or null.</summary>
    public string? CacheProblem { get; private set; }

    public async Task<IReadOnlyList<BrokenLink>> CheckAsync(IEnumerable<SiteLink> outsideLinks, CancellationToken token)
    {
        var byUrl = outsideLinks.GroupBy(l => WithoutFragment(l.Href), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        var cache = LinkCache.Load(options.CachePath, options.MaxAge);
        var known = byUrl.Keys.Select(url => (Url: url, Answer: cache.Find(url, now))).ToList();
        var toAsk = known.Where(k => k.Answer is null).Select(k => k.Url).ToList();

        using var probe = new LinkProbe(options);
        var asked = await Task.WhenAll(toAsk.Select(async url => (Url: url, Answer: await probe.AskAsync(new Uri(url), token))));
        foreach (var (url, answer) in asked) cache.Record(url, answer, now);
        CacheProblem = cache.Save(options.CachePath, byUrl.Keys.ToHashSet(StringComparer.Ordinal), now);

        var answers = known.Where(k => k.Answer is not null).Select(k => (k.Url, Answer: k.Answer!)).Concat(asked).ToList();
        var broken = answers
            .Where(a => a.Answer.Verdict != LinkVerdict.Alive)
            .SelectMany(a => byUrl[a.Url].Select(link => new BrokenLink(link, a.Answer.Verdict == LinkVerdict.Dead ? Severity.Error : Severity.Warning, a.Answer.Verdict == LinkVerdict.Dead ? Codes.ExternalLinkDead : Codes.ExternalLinkMoved, $"outside link '{a.Url}' {a.Answer.Detail}")))
            .ToList();
        Summary = new ExternalCheckSummary(
            byUrl.Count,
            toAsk.Count,
            byUrl.Count - toAsk.Count,
            answers.Count(a => a.Answer.Verdict == LinkVerdict.Dead),
            answers.Count(a => a.Answer.Verdict is LinkVerdict.Moved or LinkVerdict.Unsure));
        return broken;
    }

    /// <summary>A #fragment is not sent to the server: one request answers for every anchor of a page.</summary>
    private static string WithoutFragment(string href) => href.Split('#')[0];
}
