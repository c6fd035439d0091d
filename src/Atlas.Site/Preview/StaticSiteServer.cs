using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Atlas.Site.Preview;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1 only (Kestrel, no other middleware): GET and
/// HEAD of files under the output folder through <see cref="SiteFiles"/>, and, in preview,
/// the live-reload events and script. Port 0 picks a free port; <see cref="Url"/> says which.
/// Only requests that name this machine's loopback address and the port in their Host header are
/// answered (against DNS rebinding); any other gets 421.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _origin;
    private readonly SiteFiles _files;

    private StaticSiteServer(WebApplication app, string origin, SiteFiles files)
    {
        _app = app;
        _origin = origin;
        _files = files;
    }

    /// <summary>The site's home: http://127.0.0.1:port/ plus the base path.</summary>
    public Uri Url => new(_origin + _files.BasePath);

    public static async Task<StaticSiteServer> StartAsync(SiteFiles files, int port, LiveReload? liveReload = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        app.Run(context => HandleAsync(context, files, liveReload, stopping));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, address.TrimEnd('/'), files);
    }

    private static async Task HandleAsync(HttpContext context, SiteFiles files, LiveReload? liveReload, CancellationToken stopping)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        if (!IsLoopbackHost(request.Headers.Host.ToString(), context.Connection.LocalPort))
        {
            // A page elsewhere that rebinds its own name to 127.0.0.1 sends its own name here: it reads nothing.
            response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        // The raw target, as sent: Kestrel's own path has dot segments already removed, which would hide a traversal attempt.
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        if (liveReload is not null && target == files.BasePath + LiveReload.EventsPath)
        {
            await StreamEventsAsync(context, liveReload, stopping);
            return;
        }
        var version = liveReload?.Version ?? 0;
        var answer = files.Get(target);
        var body = liveReload is not null && answer.IsHtml ? LiveReload.Inject(answer.Body, version, files.BasePath) : answer.Body;
        response.StatusCode = answer.Status;
        response.ContentType = answer.ContentType;
        response.ContentLength = body.Length;
        if (answer.Location is not null) response.Headers.Location = answer.Location;
        if (HttpMethods.IsGet(request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>True for the names this server is reached by on this machine, with its port: 127.0.0.1, localhost and [::1].</summary>
    private static bool IsLoopbackHost(string host, int port) =>
        host.Equals($"127.0.0.1:{port}", StringComparison.Ordinal)
        || host.Equals($"localhost:{port}", StringComparison.OrdinalIgnoreCase)
        || host.Equals($"[::1]:{port}", StringComparison.Ordinal);

    private static async Task StreamEventsAsync(HttpContext context, LiveReload liveReload, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsHead(context.Request.Method)) return;
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await foreach (var message in liveReload.ListenAsync(end.Token))
            {
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), end.Token);
                await context.Response.Body.FlushAsync(end.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
