using Atlas.Site.Yaml;
using System.CommandLine;
using System.Globalization;
using Atlas.Site.Authoring.Arxiv;
using Atlas.Site.Model;

namespace Atlas.Site.Commands;

/// <summary>
/// The options of <c>atlas new</c> that say what is known of the paper, and the look-up that
/// asks arXiv for the rest when <c>--arxiv</c> is given: the title, --offline, and where and
/// how long to ask.
/// </summary>
public sealed class PaperOptions
{
    public const double DefaultTimeoutSeconds = 5;

    public Option<string?> Title { get; } = new("--title") { Description = "The paper's full title (default: arXiv's, with --arxiv)" };

    public Option<bool> Offline { get; } = new("--offline") { Description = "Do not ask arXiv for the paper given with --arxiv; the title, authors and date stay placeholders unless given" };

    public Option<string?> Api { get; } = new("--arxiv-api")
    {
        Description = $"arXiv's query API to ask, for mirrors and tests (default: ${ArxivClient.ApiVariable}, else {ArxivClient.DefaultApi})",
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = $"Seconds to wait for arXiv's answer (default {DefaultTimeoutSeconds})",
        DefaultValueFactory = _ => DefaultTimeoutSeconds,
    };

    public PaperOptions()
    {
        Title.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } title && (title.Trim().Length == 0 || ForbiddenCharacters.IndexIn(title) >= 0 || title.Any(char.IsControl)))
                result.AddError($"--title must be the title on one line, got '{title}'");
        });
        Api.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } api && !SafeUrl.IsWebUrl(api)) result.AddError($"--arxiv-api must be an http or https URL, got '{api}'");
        });
        Timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and <= 300)) result.AddError("--timeout must be a number of seconds between 0 and 300");
        });
    }

    public IEnumerable<Option> All => [Title, Offline, Api, Timeout];

    /// <summary>The endpoint to ask: the option, else the environment variable, else arXiv's own; null with a problem when the variable is not a web URL.</summary>
    public (Uri? Api, string? Problem) ApiOf(ParseResult result)
    {
        if (result.GetValue(Api) is { } option) return (new Uri(option), null);
        var variable = Environment.GetEnvironmentVariable(ArxivClient.ApiVariable);
        if (string.IsNullOrWhiteSpace(variable)) return (new Uri(ArxivClient.DefaultApi), null);
        return SafeUrl.IsWebUrl(variable.Trim()) ? (new Uri(variable.Trim()), null) : (null, $"{ArxivClient.ApiVariable} must be an http or https URL, got '{variable}'");
    }

    public async Task<ArxivAnswer> LookUpAsync(ParseResult result, string id, CancellationToken token)
    {
        var (api, problem) = ApiOf(result);
        if (api is null) return ArxivAnswer.Failed(problem!);
        return await new ArxivClient(api, TimeSpan.FromSeconds(result.GetValue(Timeout))).LookUpAsync(id, token);
    }

    /// <summary>One line on what arXiv said, so the contributor sees what was filled in.</summary>
    public static string Describe(ArxivPaper paper) =>
        $"arXiv {paper.Id}: \"{paper.Title}\" ({paper.Authors.Count} authors, v1 {paper.FirstVersion.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(paper.PrimaryCategory is null ? "" : ", " + paper.PrimaryCategory)})";
}
