using System.CommandLine;
using System.Globalization;
using Atlas.Site.Build;
using Atlas.Site.Checking.External;

namespace Atlas.Site.Commands;

/// <summary><c>atlas check</c>: everything the build validates, plus every link of the rendered pages; writes nothing (with --external, only its cache file).</summary>
public static class CheckCommand
{
    public const string DefaultCache = ".atlas-cache/external-links.json";

    public static Command Create(CliContext cli)
    {
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (placeholders left to fill in, links that rely on a redirect) as errors" };
        var external = new Option<bool>("--external") { Description = "Also ask every outside link (arXiv, code, project pages) whether it answers; needs the internet" };
        var defaults = new ExternalCheckOptions { CachePath = DefaultCache };
        var timeout = new Option<double>("--timeout") { Description = $"With --external: seconds one request may take (default {defaults.Timeout.TotalSeconds})", DefaultValueFactory = _ => defaults.Timeout.TotalSeconds };
        var maxAge = new Option<double>("--max-age") { Description = $"With --external: hours an answer stays in the cache before the link is asked again (default {defaults.MaxAge.TotalHours})", DefaultValueFactory = _ => defaults.MaxAge.TotalHours };
        var cache = new Option<string>("--cache") { Description = $"With --external: the cache file (default {DefaultCache}, outside output/)", DefaultValueFactory = _ => DefaultCache };
        var perHost = new Option<int>("--per-host") { Description = $"With --external: requests in flight to one host at a time (default {defaults.PerHost})", DefaultValueFactory = _ => defaults.PerHost };
        timeout.Validators.Add(r => { if (r.GetValueOrDefault<double>() is not (> 0 and <= 300)) r.AddError("--timeout must be a number of seconds between 0 and 300"); });
        maxAge.Validators.Add(r => { if (r.GetValueOrDefault<double>() is not (>= 0 and <= 24 * 365)) r.AddError("--max-age must be a number of hours between 0 and 8760"); });
        perHost.Validators.Add(r => { if (r.GetValueOrDefault<int>() is not (>= 1 and <= 16)) r.AddError("--per-host must be between 1 and 16"); });
        var command = new Command("check", "Validate the site and check every internal link, #anchor, image and asset of the rendered pages, without writing output/")
        {
            strict, external, timeout, maxAge, cache, perHost,
        };
        command.SetAction(async (result, token) =>
        {
            var outside = result.GetValue(external)
                ? new ExternalLinkCheck(defaults with
                {
                    CachePath = Path.Combine(cli.WorkingDirectory, result.GetValue(cache)!),
                    Timeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
                    MaxAge = TimeSpan.FromHours(result.GetValue(maxAge)),
                    PerHost = result.GetValue(perHost),
                })
                : null;
            var report = await SiteBuilder.BuildAsync(cli.Request(result) with { DryRun = true, External = outside }, token);
            if (result.GetValue(strict)) report = report.WithWarningsAsErrors();
            cli.Reporter(result).Report(report);
            if (outside?.Summary is { } summary && !result.GetValue(cli.Options.Quiet)) cli.Stdout.WriteLine(Describe(summary, outside.Options));
            return report.Succeeded ? 0 : 1;
        });
        return command;
    }

    private static string Describe(ExternalCheckSummary summary, ExternalCheckOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"outside links: {summary.Links} ({summary.Asked} asked, {summary.FromCache} answered from the cache of the last {options.MaxAge.TotalHours:0.##} h), {summary.Dead} dead, {summary.Warnings} warnings");
}
