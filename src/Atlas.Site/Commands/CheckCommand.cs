using System.CommandLine;
using Atlas.Site.Build;

namespace Atlas.Site.Commands;

/// <summary><c>atlas check</c>: everything the build validates, plus every link of the rendered pages; writes nothing.</summary>
public static class CheckCommand
{
    public static Command Create(CliContext cli)
    {
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (placeholders left to fill in, links that rely on a redirect) as errors" };
        var command = new Command("check", "Validate the site and check every internal link, #anchor, image and asset of the rendered pages, without writing output/")
        {
            strict,
        };
        command.SetAction(async (result, token) =>
        {
            var report = await SiteBuilder.BuildAsync(cli.Request(result) with { DryRun = true }, token);
            if (result.GetValue(strict)) report = report.WithWarningsAsErrors();
            cli.Reporter(result).Report(report);
            return report.Succeeded ? 0 : 1;
        });
        return command;
    }
}
