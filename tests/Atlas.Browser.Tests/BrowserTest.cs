using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>
/// A test that opens pages of the served atlas. Every page gets its own browser context (its own
/// storage and permissions), closed when the test ends, passed or failed. Its tests are
/// <see cref="BrowserFactAttribute"/>s (skipped without Chromium outside CI) in the trait
/// Category=Browser, so <c>dotnet test --filter "Category!=Browser"</c> leaves them out.
/// </summary>
[Collection(AtlasCollection.Name)]
[Trait("Category", "Browser")]
public abstract class BrowserTest(AtlasFixture atlas) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected AtlasFixture Atlas => atlas;

    /// <summary>Opens a site path ("models/clip/") in a new context made with the given options.</summary>
    protected async Task<IPage> OpenAsync(string sitePath, BrowserNewContextOptions? options = null)
    {
        var page = await atlas.NewPageAsync(options);
        _contexts.Add(page.Context);
        await page.GotoAsync(atlas.Url(sitePath));
        return page;
    }

    /// <summary>
    /// Waits until the page has navigated to a site path ("models/clip/", or an absolute path
    /// under the base path) and its document is parsed. Waiting for the commit rather than the
    /// load event keeps a navigation started by a key press from being missed.
    /// </summary>
    protected async Task ArriveAtAsync(IPage page, string sitePath)
    {
        await page.WaitForURLAsync(new Uri(atlas.SiteUrl, sitePath).ToString(), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }
}
