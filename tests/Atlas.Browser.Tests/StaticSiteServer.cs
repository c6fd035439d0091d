using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Atlas.Browser.Tests;

/// <summary>
/// Serves a built site folder under its base path on 127.0.0.1 (a free port), the way a static
/// host such as GitHub Pages would: index.html for folders, 404.html with status 404 for the rest.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri siteUrl)
    {
        _app = app;
        SiteUrl = siteUrl;
    }

    /// <summary>The site's root, base path included: http://127.0.0.1:PORT/atlas/.</summary>
    public Uri SiteUrl { get; }

    public static async Task<StaticSiteServer> StartAsync(string siteFolder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteFolder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var files = new PhysicalFileProvider(siteFolder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".bib"] = "text/plain; charset=utf-8";
        app.Map(basePath.TrimEnd('/'), site =>
        {
            site.UseFileServer(new FileServerOptions { FileProvider = files, StaticFileOptions = { ContentTypeProvider = types } });
            site.Run(async context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                var notFound = files.GetFileInfo("404.html");
                if (notFound.Exists)
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.SendFileAsync(notFound);
                }
            });
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + basePath));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
