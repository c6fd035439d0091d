using Atlas.Site.Diagnostics;
using System.CommandLine;
using Atlas.Site.Build;

namespace Atlas.Site.Commands;

/// <summary>
/// The command line. A bare <c>dotnet run</c> builds; exit codes: 0 success, 1 errors in the
/// input, 2 bad usage. Nothing here lets an exception reach the user as a stack trace.
/// </summary>
public static class AtlasCli
{
    public static async Task<int> RunAsync(string[] args, string workingDirectory, TextWriter? stdout = null, TextWriter? stderr = null, CancellationToken cancellationToken = default)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var options = new CommonOptions();
        var cli = new CliContext(options, workingDirectory, stdout, stderr);
        var root = new RootCommand("Model Atlas: builds the vision-language model atlas from input/ and theme/ into output/.");
        foreach (var option in options.All) root.Options.Add(option);

        var build = new Command("build", "Build the site (the default command)");
        root.Subcommands.Add(build);
        Func<ParseResult, CancellationToken, Task<int>> buildAction = (result, token) => BuildAsync(cli, result, token);
        root.SetAction(buildAction);
        build.SetAction(buildAction);
        root.Subcommands.Add(NewCommand.Create(cli));
        root.Subcommands.Add(CheckCommand.Create(cli));
        root.Subcommands.Add(PreviewCommand.CreatePreview(cli));
        root.Subcommands.Add(PreviewCommand.CreateServe(cli));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, the first problem: the rest are often its echoes.
            return CliContext.Refuse(stderr, Codes.UsageInvalid, $"{parsed.Errors[0].Message.ReplaceLineEndings(" ")} (--help lists the commands and options)", 2);
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliContext.Refuse(stderr, Codes.FileAccessFailed, ex.Message, 1);
        }
    }

    private static async Task<int> BuildAsync(CliContext cli, ParseResult result, CancellationToken token)
    {
        var request = cli.Request(result);
        if (cli.RefuseOutput(request) is { } refused) return refused;
        var report = await SiteBuilder.BuildAsync(request, token);
        cli.Reporter(result).Report(report);
        return report.Succeeded ? 0 : 1;
    }
}
