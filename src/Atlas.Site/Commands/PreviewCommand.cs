using Atlas.Site.Diagnostics;
using System.Globalization;
using System.CommandLine;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Build;
using Atlas.Site.Preview;

namespace Atlas.Site.Commands;

/// <summary>
/// <c>atlas preview</c> builds, serves and rebuilds on every change with live reload;
/// <c>atlas serve</c> serves output/ as it is, under the base path it was built with. Both listen on 127.0.0.1 only and run until Ctrl+C.
/// </summary>
public static class PreviewCommand
{
    public const int DefaultPort = 5080;

    public static Command CreatePreview(CliContext cli)
    {
        var port = PortOption();
        var command = new Command("preview", "Build, serve on 127.0.0.1, and rebuild and reload open pages whenever input/ or theme/ changes") { port };
        command.SetAction(async (result, token) =>
        {
            var request = cli.Request(result);
            if (cli.RefuseOutput(request) is { } refused) return refused;
            await using var session = await PreviewSession.StartAsync(request, result.GetValue(port), cli.Reporter(result), cli.Stdout, token);
            cli.Stdout.WriteLine($"previewing {session.Url} (rebuilds on save, reloads open pages; Ctrl+C to stop)");
            return await UntilCancelledAsync(token);
        });
        return command;
    }

    public static Command CreateServe(CliContext cli)
    {
        var port = PortOption();
        var command = new Command("serve", "Serve output/ as it is on 127.0.0.1, without building") { port };
        command.SetAction(async (result, token) =>
        {
            var request = cli.Request(result);
            if (!Directory.Exists(request.OutputDirectory))
                return cli.Refuse(Codes.ServeOutputMissing, $"{request.DisplayPath(request.OutputDirectory)} does not exist: build the site first (dotnet run)");
            var diagnostics = new DiagnosticBag();
            var site = SiteBuilder.LoadSite(request, diagnostics);
            foreach (var diagnostic in diagnostics.Sorted()) cli.Stderr.WriteLine(diagnostic);
            // Served under any other base path than the one it was built with, every page's links would answer 404.
            var basePath = OutputFolder.BuiltBasePath(request.OutputDirectory) ?? site.BasePath;
            if (basePath != site.BasePath)
                cli.Stderr.WriteLine($"atlas: note: {request.DisplayPath(request.OutputDirectory)} was built with --base-path {basePath}, not {site.BasePath}; serving it as built, under {basePath}");
            await using var server = await StaticSiteServer.StartAsync(new SiteFiles(request.OutputDirectory, basePath), result.GetValue(port), cancellationToken: token);
            cli.Stdout.WriteLine($"serving {request.DisplayPath(request.OutputDirectory)} at {server.Url} (Ctrl+C to stop)");
            return await UntilCancelledAsync(token);
        });
        return command;
    }

    private static Option<int> PortOption() => new("--port", "-p")
    {
        Description = "Port on 127.0.0.1 (0 picks a free one)",
        DefaultValueFactory = _ => DefaultPort,
        // Parsed here rather than by the option's own conversion, whose failure a validator could not read without throwing.
        CustomParser = result =>
        {
            var value = result.Tokens is [{ Value: var token }] ? token : "";
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535) return port;
            result.AddError($"--port must be a number between 0 and 65535, got '{value}'");
            return 0;
        },
    };

    private static async Task<int> UntilCancelledAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
        }
        return 0;
    }
}
