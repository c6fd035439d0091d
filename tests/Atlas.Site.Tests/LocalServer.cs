using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Site.Tests;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a free port that answers every request with
/// <paramref name="answer"/>, and remembers each request it was sent ("HEAD /path?query").
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri Url { get; }

    private LocalServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public static async Task<LocalServer> StartAsync(Func<HttpContext, Task> answer)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LocalServer? server = null;
        app.Run(async context =>
        {
            server!.Requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            await answer(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LocalServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Waits until the request is aborted: a server that accepted the request and never answers.</summary>
    public static Task Hang(HttpContext context) => Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
