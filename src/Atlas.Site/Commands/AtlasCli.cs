using System.CommandLine;
using Atlas.Site.Build;

namespace Atlas.Site.Commands;

/// <summary>
/// The command line. A bare <c>dotnet run</c> builds; exit codes: 0 success, 1 errors in the
/// input, 2 bad usage. Nothing here lets an exception reach the user as a stack trace.
/// </summary>
public static class AtlasCli
{
    public static async Task<int> RunAsync(string[] args, string workingDirectory, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var options = new CommonOptions();
        var root = new RootCommand("Model Atlas: builds the vision-language model atlas from input/ and theme/ into output/.");
        foreach (var option in options.All) root.Options.Add(option);

        var build = new Command("build", "Build the site (the default command)");
        root.Subcommands.Add(build);
        Func<ParseResult, CancellationToken, Task<int>> buildAction = (result, token) => BuildAsync(options, result, workingDirectory, stdout, stderr, token);
        root.SetAction(buildAction);
        build.SetAction(buildAction);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"atlas: error: {error.Message}");
            stderr.WriteLine("Run with --help to see the commands and options.");
            return 2;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"atlas: error: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> BuildAsync(CommonOptions options, ParseResult result, string workingDirectory, TextWriter stdout, TextWriter stderr, CancellationToken token)
    {
        var report = await SiteBuilder.BuildAsync(options.Request(result, workingDirectory), token);
        new Reporter(stdout, stderr, result.GetValue(options.Quiet), result.GetValue(options.Verbose)).Report(report);
        return report.Succeeded ? 0 : 1;
    }
}
