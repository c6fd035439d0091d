using System.Globalization;
using System.CommandLine;
using Atlas.Site.Build;
using Atlas.Site.Config;

namespace Atlas.Site.Commands;

/// <summary>The options every command shares, declared once and read into a <see cref="BuildRequest"/>.</summary>
public sealed class CommonOptions
{
    public Option<string> Input { get; } = new("--input", "-i") { Description = "Folder with site.yaml, data/, models/ and the other pages", DefaultValueFactory = _ => "input", Recursive = true };
    public Option<string> Output { get; } = new("--output", "-o") { Description = "Folder the site is written to (replaced only when the build succeeds)", DefaultValueFactory = _ => "output", Recursive = true };
    public Option<string> Theme { get; } = new("--theme", "-t") { Description = "Folder with layouts/, assets/ and archetypes/", DefaultValueFactory = _ => "theme", Recursive = true };
    public Option<string?> BasePath { get; } = new("--base-path") { Description = "Path the site is served under, e.g. /atlas/ for a GitHub Pages project site (overrides base_path in site.yaml)", Recursive = true };
    public Option<string?> Url { get; } = new("--url") { Description = "Origin of the published site, e.g. https://user.github.io (overrides url in site.yaml)", Recursive = true };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print errors only", Recursive = true };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Also print the time spent in each module", Recursive = true };

    public IEnumerable<Option> All => [Input, Output, Theme, BasePath, Url, Quiet, Verbose];

    public CommonOptions()
    {
        // The same checks as site.yaml's: these values reach every canonical link, the feed and robots.txt.
        Validate(BasePath, SiteConfig.BasePathProblem);
        Validate(Url, SiteConfig.UrlProblem);
        foreach (var folder in new[] { Input, Output, Theme })
            Validate(folder, v => v.Any(char.IsControl) || v.IndexOfAny(Path.GetInvalidPathChars()) >= 0 ? "must be a folder name without control characters" : null);
    }

    /// <summary>Adds a check of the option's value: a problem is a usage error naming the option and the value.</summary>
    public static void Validate<T>(Option<T> option, Func<string, string?> problem) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && problem(value) is { } refused) result.AddError($"{option.Name} {refused}, got '{Printable(value)}'");
        });

    public BuildRequest Request(ParseResult result, string workingDirectory) => new(
        Path.Combine(workingDirectory, result.GetValue(Input)!),
        Path.Combine(workingDirectory, result.GetValue(Theme)!),
        Path.Combine(workingDirectory, result.GetValue(Output)!),
        result.GetValue(BasePath),
        result.GetValue(Url))
    {
        DisplayRoot = workingDirectory,
    };

    /// <summary>A value as an error line may show it: control characters (a CR would split the line) and invisible format characters (U+202E would reverse it) as \u escapes.</summary>
    public static string Printable(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? $"\\u{(int)c:x4}" : c.ToString()));
}
